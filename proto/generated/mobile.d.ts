import * as $protobuf from "protobufjs";
import Long = require("long");

/** Namespace mobile. */
export namespace mobile {

    /** Namespace v1. */
    namespace v1 {

        /**
         * Properties of a FeedPage.
         * @deprecated Use mobile.v1.FeedPage.$Properties instead.
         */
        interface IFeedPage extends mobile.v1.FeedPage.$Properties {
        }

        /** Represents a FeedPage. */
        class FeedPage {

            /**
             * Constructs a new FeedPage.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.FeedPage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FeedPage changes. */
            changes: mobile.v1.Change.$Properties[];

            /** FeedPage nextCursor. */
            nextCursor: string;

            /** FeedPage hasMore. */
            hasMore: boolean;

            /** FeedPage mustRefetch. */
            mustRefetch: boolean;

            /** FeedPage position. */
            position: (number|Long);

            /**
             * Creates a new FeedPage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FeedPage instance
             */
            static create(properties: mobile.v1.FeedPage.$Shape): mobile.v1.FeedPage & mobile.v1.FeedPage.$Shape;
            static create(properties?: mobile.v1.FeedPage.$Properties): mobile.v1.FeedPage;

            /**
             * Encodes the specified FeedPage message. Does not implicitly {@link mobile.v1.FeedPage.verify|verify} messages.
             * @param m FeedPage message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.FeedPage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FeedPage message, length delimited. Does not implicitly {@link mobile.v1.FeedPage.verify|verify} messages.
             * @param message FeedPage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.FeedPage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FeedPage message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.FeedPage & mobile.v1.FeedPage.$Shape} FeedPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.FeedPage & mobile.v1.FeedPage.$Shape;

            /**
             * Decodes a FeedPage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.FeedPage & mobile.v1.FeedPage.$Shape} FeedPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.FeedPage & mobile.v1.FeedPage.$Shape;

            /**
             * Verifies a FeedPage message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a FeedPage message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns FeedPage
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.FeedPage;

            /**
             * Creates a plain object from a FeedPage message. Also converts values to other types if specified.
             * @param m FeedPage
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.FeedPage, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FeedPage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FeedPage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FeedPage {

            /** Properties of a FeedPage. */
            interface $Properties {

                /** FeedPage changes */
                changes?: (mobile.v1.Change.$Properties[]|null);

                /** FeedPage nextCursor */
                nextCursor?: (string|null);

                /** FeedPage hasMore */
                hasMore?: (boolean|null);

                /** FeedPage mustRefetch */
                mustRefetch?: (boolean|null);

                /** FeedPage position */
                position?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FeedPage. */
            type $Shape = {
              changes?: mobile.v1.Change.$Shape[]|null;
              nextCursor?: string|null;
              hasMore?: boolean|null;
              mustRefetch?: boolean|null;
              position?: number|Long|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Change.
         * @deprecated Use mobile.v1.Change.$Properties instead.
         */
        interface IChange extends mobile.v1.Change.$Properties {
        }

        /** Represents a Change. */
        class Change {

            /**
             * Constructs a new Change.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.Change.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Change collection. */
            collection: string;

            /** Change id. */
            id: string;

            /** Change version. */
            version: (number|Long);

            /** Change tombstone. */
            tombstone?: (mobile.v1.Tombstone.$Properties|null);

            /** Change profile. */
            profile?: (mobile.v1.Profile.$Properties|null);

            /** Change device. */
            device?: (mobile.v1.Device.$Properties|null);

            /** Change document. */
            document?: (google.protobuf.Struct.$Properties|null);

            /** Change notification. */
            notification?: (mobile.v1.InboxNotification.$Properties|null);

            /** Change notificationBadge. */
            notificationBadge?: (mobile.v1.NotificationBadge.$Properties|null);

            /** Change conversation. */
            conversation?: (mobile.v1.Conversation.$Properties|null);

            /** Change chatMessage. */
            chatMessage?: (mobile.v1.ChatMessage.$Properties|null);

            /** Change updateMask. */
            updateMask?: (google.protobuf.FieldMask.$Properties|null);

            /** Change body. */
            body?: ("tombstone"|"profile"|"device"|"document"|"notification"|"notificationBadge"|"conversation"|"chatMessage");

            /**
             * Creates a new Change instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Change instance
             */
            static create(properties: mobile.v1.Change.$Shape): mobile.v1.Change & mobile.v1.Change.$Shape;
            static create(properties?: mobile.v1.Change.$Properties): mobile.v1.Change;

            /**
             * Encodes the specified Change message. Does not implicitly {@link mobile.v1.Change.verify|verify} messages.
             * @param m Change message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.Change.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Change message, length delimited. Does not implicitly {@link mobile.v1.Change.verify|verify} messages.
             * @param message Change message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.Change.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Change message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.Change & mobile.v1.Change.$Shape} Change
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.Change & mobile.v1.Change.$Shape;

            /**
             * Decodes a Change message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.Change & mobile.v1.Change.$Shape} Change
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.Change & mobile.v1.Change.$Shape;

            /**
             * Verifies a Change message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Change message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Change
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.Change;

            /**
             * Creates a plain object from a Change message. Also converts values to other types if specified.
             * @param m Change
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.Change, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Change to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Change
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Change {

            /** Properties of a Change. */
            interface $Properties {

                /** Change collection */
                collection?: (string|null);

                /** Change id */
                id?: (string|null);

                /** Change version */
                version?: (number|Long|null);

                /** Change tombstone */
                tombstone?: (mobile.v1.Tombstone.$Properties|null);

                /** Change profile */
                profile?: (mobile.v1.Profile.$Properties|null);

                /** Change device */
                device?: (mobile.v1.Device.$Properties|null);

                /** Change document */
                document?: (google.protobuf.Struct.$Properties|null);

                /** Change notification */
                notification?: (mobile.v1.InboxNotification.$Properties|null);

                /** Change notificationBadge */
                notificationBadge?: (mobile.v1.NotificationBadge.$Properties|null);

                /** Change conversation */
                conversation?: (mobile.v1.Conversation.$Properties|null);

                /** Change chatMessage */
                chatMessage?: (mobile.v1.ChatMessage.$Properties|null);

                /** Change updateMask */
                updateMask?: (google.protobuf.FieldMask.$Properties|null);

                /** Change body */
                body?: ("tombstone"|"profile"|"device"|"document"|"notification"|"notificationBadge"|"conversation"|"chatMessage");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Change. */
            type $Shape = {
              collection?: string|null;
              id?: string|null;
              version?: number|Long|null;
              tombstone?: mobile.v1.Tombstone.$Shape|null;
              profile?: mobile.v1.Profile.$Shape|null;
              device?: mobile.v1.Device.$Shape|null;
              document?: google.protobuf.Struct.$Shape|null;
              notification?: mobile.v1.InboxNotification.$Shape|null;
              notificationBadge?: mobile.v1.NotificationBadge.$Shape|null;
              conversation?: mobile.v1.Conversation.$Shape|null;
              chatMessage?: mobile.v1.ChatMessage.$Shape|null;
              updateMask?: google.protobuf.FieldMask.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ body?: undefined; tombstone?: null; profile?: null; device?: null; document?: null; notification?: null; notificationBadge?: null; conversation?: null; chatMessage?: null }|{ body?: "tombstone"; tombstone: mobile.v1.Tombstone.$Shape; profile?: null; device?: null; document?: null; notification?: null; notificationBadge?: null; conversation?: null; chatMessage?: null }|{ body?: "profile"; tombstone?: null; profile: mobile.v1.Profile.$Shape; device?: null; document?: null; notification?: null; notificationBadge?: null; conversation?: null; chatMessage?: null }|{ body?: "device"; tombstone?: null; profile?: null; device: mobile.v1.Device.$Shape; document?: null; notification?: null; notificationBadge?: null; conversation?: null; chatMessage?: null }|{ body?: "document"; tombstone?: null; profile?: null; device?: null; document: google.protobuf.Struct.$Shape; notification?: null; notificationBadge?: null; conversation?: null; chatMessage?: null }|{ body?: "notification"; tombstone?: null; profile?: null; device?: null; document?: null; notification: mobile.v1.InboxNotification.$Shape; notificationBadge?: null; conversation?: null; chatMessage?: null }|{ body?: "notificationBadge"; tombstone?: null; profile?: null; device?: null; document?: null; notification?: null; notificationBadge: mobile.v1.NotificationBadge.$Shape; conversation?: null; chatMessage?: null }|{ body?: "conversation"; tombstone?: null; profile?: null; device?: null; document?: null; notification?: null; notificationBadge?: null; conversation: mobile.v1.Conversation.$Shape; chatMessage?: null }|{ body?: "chatMessage"; tombstone?: null; profile?: null; device?: null; document?: null; notification?: null; notificationBadge?: null; conversation?: null; chatMessage: mobile.v1.ChatMessage.$Shape })
            );
        }

        /**
         * Properties of a Tombstone.
         * @deprecated Use mobile.v1.Tombstone.$Properties instead.
         */
        interface ITombstone extends mobile.v1.Tombstone.$Properties {
        }

        /** Represents a Tombstone. */
        class Tombstone {

            /**
             * Constructs a new Tombstone.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.Tombstone.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Tombstone deletedAt. */
            deletedAt: string;

            /**
             * Creates a new Tombstone instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Tombstone instance
             */
            static create(properties: mobile.v1.Tombstone.$Shape): mobile.v1.Tombstone & mobile.v1.Tombstone.$Shape;
            static create(properties?: mobile.v1.Tombstone.$Properties): mobile.v1.Tombstone;

            /**
             * Encodes the specified Tombstone message. Does not implicitly {@link mobile.v1.Tombstone.verify|verify} messages.
             * @param m Tombstone message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.Tombstone.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Tombstone message, length delimited. Does not implicitly {@link mobile.v1.Tombstone.verify|verify} messages.
             * @param message Tombstone message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.Tombstone.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Tombstone message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.Tombstone & mobile.v1.Tombstone.$Shape} Tombstone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.Tombstone & mobile.v1.Tombstone.$Shape;

            /**
             * Decodes a Tombstone message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.Tombstone & mobile.v1.Tombstone.$Shape} Tombstone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.Tombstone & mobile.v1.Tombstone.$Shape;

            /**
             * Verifies a Tombstone message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Tombstone message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Tombstone
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.Tombstone;

            /**
             * Creates a plain object from a Tombstone message. Also converts values to other types if specified.
             * @param m Tombstone
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.Tombstone, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Tombstone to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Tombstone
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Tombstone {

            /** Properties of a Tombstone. */
            interface $Properties {

                /** Tombstone deletedAt */
                deletedAt?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Tombstone. */
            type $Shape = mobile.v1.Tombstone.$Properties;
        }

        /**
         * Properties of a Profile.
         * @deprecated Use mobile.v1.Profile.$Properties instead.
         */
        interface IProfile extends mobile.v1.Profile.$Properties {
        }

        /** Represents a Profile. */
        class Profile {

            /**
             * Constructs a new Profile.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.Profile.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Profile id. */
            id: string;

            /** Profile email. */
            email: string;

            /** Profile displayName. */
            displayName: string;

            /** Profile createdAt. */
            createdAt: string;

            /** Profile emailVerified. */
            emailVerified: boolean;

            /**
             * Creates a new Profile instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Profile instance
             */
            static create(properties: mobile.v1.Profile.$Shape): mobile.v1.Profile & mobile.v1.Profile.$Shape;
            static create(properties?: mobile.v1.Profile.$Properties): mobile.v1.Profile;

            /**
             * Encodes the specified Profile message. Does not implicitly {@link mobile.v1.Profile.verify|verify} messages.
             * @param m Profile message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.Profile.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Profile message, length delimited. Does not implicitly {@link mobile.v1.Profile.verify|verify} messages.
             * @param message Profile message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.Profile.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Profile message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.Profile & mobile.v1.Profile.$Shape} Profile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.Profile & mobile.v1.Profile.$Shape;

            /**
             * Decodes a Profile message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.Profile & mobile.v1.Profile.$Shape} Profile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.Profile & mobile.v1.Profile.$Shape;

            /**
             * Verifies a Profile message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Profile message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Profile
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.Profile;

            /**
             * Creates a plain object from a Profile message. Also converts values to other types if specified.
             * @param m Profile
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.Profile, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Profile to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Profile
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Profile {

            /** Properties of a Profile. */
            interface $Properties {

                /** Profile id */
                id?: (string|null);

                /** Profile email */
                email?: (string|null);

                /** Profile displayName */
                displayName?: (string|null);

                /** Profile createdAt */
                createdAt?: (string|null);

                /** Profile emailVerified */
                emailVerified?: (boolean|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Profile. */
            type $Shape = mobile.v1.Profile.$Properties;
        }

        /**
         * Properties of a Device.
         * @deprecated Use mobile.v1.Device.$Properties instead.
         */
        interface IDevice extends mobile.v1.Device.$Properties {
        }

        /** Represents a Device. */
        class Device {

            /**
             * Constructs a new Device.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.Device.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Device id. */
            id: string;

            /** Device platform. */
            platform: string;

            /** Device pushToken. */
            pushToken: string;

            /** Device appVersion. */
            appVersion: string;

            /** Device locale. */
            locale: string;

            /** Device timezone. */
            timezone: string;

            /** Device registeredAt. */
            registeredAt: string;

            /** Device updatedAt. */
            updatedAt: string;

            /**
             * Creates a new Device instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Device instance
             */
            static create(properties: mobile.v1.Device.$Shape): mobile.v1.Device & mobile.v1.Device.$Shape;
            static create(properties?: mobile.v1.Device.$Properties): mobile.v1.Device;

            /**
             * Encodes the specified Device message. Does not implicitly {@link mobile.v1.Device.verify|verify} messages.
             * @param m Device message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.Device.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Device message, length delimited. Does not implicitly {@link mobile.v1.Device.verify|verify} messages.
             * @param message Device message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.Device.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Device message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.Device & mobile.v1.Device.$Shape} Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.Device & mobile.v1.Device.$Shape;

            /**
             * Decodes a Device message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.Device & mobile.v1.Device.$Shape} Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.Device & mobile.v1.Device.$Shape;

            /**
             * Verifies a Device message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Device message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Device
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.Device;

            /**
             * Creates a plain object from a Device message. Also converts values to other types if specified.
             * @param m Device
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.Device, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Device to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Device
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Device {

            /** Properties of a Device. */
            interface $Properties {

                /** Device id */
                id?: (string|null);

                /** Device platform */
                platform?: (string|null);

                /** Device pushToken */
                pushToken?: (string|null);

                /** Device appVersion */
                appVersion?: (string|null);

                /** Device locale */
                locale?: (string|null);

                /** Device timezone */
                timezone?: (string|null);

                /** Device registeredAt */
                registeredAt?: (string|null);

                /** Device updatedAt */
                updatedAt?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Device. */
            type $Shape = mobile.v1.Device.$Properties;
        }

        /**
         * Properties of an InboxNotification.
         * @deprecated Use mobile.v1.InboxNotification.$Properties instead.
         */
        interface IInboxNotification extends mobile.v1.InboxNotification.$Properties {
        }

        /** Represents an InboxNotification. */
        class InboxNotification {

            /**
             * Constructs a new InboxNotification.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.InboxNotification.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** InboxNotification id. */
            id: string;

            /** InboxNotification title. */
            title: string;

            /** InboxNotification body. */
            body: string;

            /** InboxNotification category. */
            category: string;

            /** InboxNotification deepLink. */
            deepLink: string;

            /** InboxNotification data. */
            data: { [k: string]: string };

            /** InboxNotification createdAt. */
            createdAt: string;

            /** InboxNotification readAt. */
            readAt: string;

            /** InboxNotification openedAt. */
            openedAt: string;

            /** InboxNotification imageUrl. */
            imageUrl: string;

            /** InboxNotification inboxPosition. */
            inboxPosition: (number|Long);

            /**
             * Creates a new InboxNotification instance using the specified properties.
             * @param [properties] Properties to set
             * @returns InboxNotification instance
             */
            static create(properties: mobile.v1.InboxNotification.$Shape): mobile.v1.InboxNotification & mobile.v1.InboxNotification.$Shape;
            static create(properties?: mobile.v1.InboxNotification.$Properties): mobile.v1.InboxNotification;

            /**
             * Encodes the specified InboxNotification message. Does not implicitly {@link mobile.v1.InboxNotification.verify|verify} messages.
             * @param m InboxNotification message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.InboxNotification.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified InboxNotification message, length delimited. Does not implicitly {@link mobile.v1.InboxNotification.verify|verify} messages.
             * @param message InboxNotification message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.InboxNotification.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an InboxNotification message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.InboxNotification & mobile.v1.InboxNotification.$Shape} InboxNotification
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.InboxNotification & mobile.v1.InboxNotification.$Shape;

            /**
             * Decodes an InboxNotification message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.InboxNotification & mobile.v1.InboxNotification.$Shape} InboxNotification
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.InboxNotification & mobile.v1.InboxNotification.$Shape;

            /**
             * Verifies an InboxNotification message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates an InboxNotification message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns InboxNotification
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.InboxNotification;

            /**
             * Creates a plain object from an InboxNotification message. Also converts values to other types if specified.
             * @param m InboxNotification
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.InboxNotification, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this InboxNotification to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for InboxNotification
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace InboxNotification {

            /** Properties of an InboxNotification. */
            interface $Properties {

                /** InboxNotification id */
                id?: (string|null);

                /** InboxNotification title */
                title?: (string|null);

                /** InboxNotification body */
                body?: (string|null);

                /** InboxNotification category */
                category?: (string|null);

                /** InboxNotification deepLink */
                deepLink?: (string|null);

                /** InboxNotification data */
                data?: ({ [k: string]: string }|null);

                /** InboxNotification createdAt */
                createdAt?: (string|null);

                /** InboxNotification readAt */
                readAt?: (string|null);

                /** InboxNotification openedAt */
                openedAt?: (string|null);

                /** InboxNotification imageUrl */
                imageUrl?: (string|null);

                /** InboxNotification inboxPosition */
                inboxPosition?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an InboxNotification. */
            type $Shape = mobile.v1.InboxNotification.$Properties;
        }

        /**
         * Properties of a NotificationBadge.
         * @deprecated Use mobile.v1.NotificationBadge.$Properties instead.
         */
        interface INotificationBadge extends mobile.v1.NotificationBadge.$Properties {
        }

        /** Represents a NotificationBadge. */
        class NotificationBadge {

            /**
             * Constructs a new NotificationBadge.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.NotificationBadge.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** NotificationBadge unread. */
            unread: number;

            /**
             * Creates a new NotificationBadge instance using the specified properties.
             * @param [properties] Properties to set
             * @returns NotificationBadge instance
             */
            static create(properties: mobile.v1.NotificationBadge.$Shape): mobile.v1.NotificationBadge & mobile.v1.NotificationBadge.$Shape;
            static create(properties?: mobile.v1.NotificationBadge.$Properties): mobile.v1.NotificationBadge;

            /**
             * Encodes the specified NotificationBadge message. Does not implicitly {@link mobile.v1.NotificationBadge.verify|verify} messages.
             * @param m NotificationBadge message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.NotificationBadge.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified NotificationBadge message, length delimited. Does not implicitly {@link mobile.v1.NotificationBadge.verify|verify} messages.
             * @param message NotificationBadge message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.NotificationBadge.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a NotificationBadge message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.NotificationBadge & mobile.v1.NotificationBadge.$Shape} NotificationBadge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.NotificationBadge & mobile.v1.NotificationBadge.$Shape;

            /**
             * Decodes a NotificationBadge message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.NotificationBadge & mobile.v1.NotificationBadge.$Shape} NotificationBadge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.NotificationBadge & mobile.v1.NotificationBadge.$Shape;

            /**
             * Verifies a NotificationBadge message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a NotificationBadge message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns NotificationBadge
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.NotificationBadge;

            /**
             * Creates a plain object from a NotificationBadge message. Also converts values to other types if specified.
             * @param m NotificationBadge
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.NotificationBadge, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this NotificationBadge to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for NotificationBadge
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace NotificationBadge {

            /** Properties of a NotificationBadge. */
            interface $Properties {

                /** NotificationBadge unread */
                unread?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a NotificationBadge. */
            type $Shape = mobile.v1.NotificationBadge.$Properties;
        }

        /**
         * Properties of a Conversation.
         * @deprecated Use mobile.v1.Conversation.$Properties instead.
         */
        interface IConversation extends mobile.v1.Conversation.$Properties {
        }

        /** Represents a Conversation. */
        class Conversation {

            /**
             * Constructs a new Conversation.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.Conversation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Conversation id. */
            id: string;

            /** Conversation kind. */
            kind: string;

            /** Conversation name. */
            name: string;

            /** Conversation avatarBlobId. */
            avatarBlobId: string;

            /** Conversation role. */
            role: string;

            /** Conversation muted. */
            muted: boolean;

            /** Conversation members. */
            members: mobile.v1.ConversationMember.$Properties[];

            /** Conversation lastSeq. */
            lastSeq: (number|Long);

            /** Conversation lastMessage. */
            lastMessage?: (mobile.v1.ChatMessage.$Properties|null);

            /** Conversation deliveredUpTo. */
            deliveredUpTo: (number|Long);

            /** Conversation readUpTo. */
            readUpTo: (number|Long);

            /** Conversation unread. */
            unread: number;

            /**
             * Creates a new Conversation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Conversation instance
             */
            static create(properties: mobile.v1.Conversation.$Shape): mobile.v1.Conversation & mobile.v1.Conversation.$Shape;
            static create(properties?: mobile.v1.Conversation.$Properties): mobile.v1.Conversation;

            /**
             * Encodes the specified Conversation message. Does not implicitly {@link mobile.v1.Conversation.verify|verify} messages.
             * @param m Conversation message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.Conversation.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Conversation message, length delimited. Does not implicitly {@link mobile.v1.Conversation.verify|verify} messages.
             * @param message Conversation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.Conversation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Conversation message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.Conversation & mobile.v1.Conversation.$Shape} Conversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.Conversation & mobile.v1.Conversation.$Shape;

            /**
             * Decodes a Conversation message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.Conversation & mobile.v1.Conversation.$Shape} Conversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.Conversation & mobile.v1.Conversation.$Shape;

            /**
             * Verifies a Conversation message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Conversation message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Conversation
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.Conversation;

            /**
             * Creates a plain object from a Conversation message. Also converts values to other types if specified.
             * @param m Conversation
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.Conversation, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Conversation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Conversation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Conversation {

            /** Properties of a Conversation. */
            interface $Properties {

                /** Conversation id */
                id?: (string|null);

                /** Conversation kind */
                kind?: (string|null);

                /** Conversation name */
                name?: (string|null);

                /** Conversation avatarBlobId */
                avatarBlobId?: (string|null);

                /** Conversation role */
                role?: (string|null);

                /** Conversation muted */
                muted?: (boolean|null);

                /** Conversation members */
                members?: (mobile.v1.ConversationMember.$Properties[]|null);

                /** Conversation lastSeq */
                lastSeq?: (number|Long|null);

                /** Conversation lastMessage */
                lastMessage?: (mobile.v1.ChatMessage.$Properties|null);

                /** Conversation deliveredUpTo */
                deliveredUpTo?: (number|Long|null);

                /** Conversation readUpTo */
                readUpTo?: (number|Long|null);

                /** Conversation unread */
                unread?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Conversation. */
            type $Shape = mobile.v1.Conversation.$Properties;
        }

        /**
         * Properties of a ConversationMember.
         * @deprecated Use mobile.v1.ConversationMember.$Properties instead.
         */
        interface IConversationMember extends mobile.v1.ConversationMember.$Properties {
        }

        /** Represents a ConversationMember. */
        class ConversationMember {

            /**
             * Constructs a new ConversationMember.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.ConversationMember.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConversationMember userId. */
            userId: string;

            /** ConversationMember role. */
            role: string;

            /** ConversationMember deliveredUpTo. */
            deliveredUpTo: (number|Long);

            /** ConversationMember readUpTo. */
            readUpTo: (number|Long);

            /**
             * Creates a new ConversationMember instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConversationMember instance
             */
            static create(properties: mobile.v1.ConversationMember.$Shape): mobile.v1.ConversationMember & mobile.v1.ConversationMember.$Shape;
            static create(properties?: mobile.v1.ConversationMember.$Properties): mobile.v1.ConversationMember;

            /**
             * Encodes the specified ConversationMember message. Does not implicitly {@link mobile.v1.ConversationMember.verify|verify} messages.
             * @param m ConversationMember message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.ConversationMember.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ConversationMember message, length delimited. Does not implicitly {@link mobile.v1.ConversationMember.verify|verify} messages.
             * @param message ConversationMember message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.ConversationMember.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConversationMember message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.ConversationMember & mobile.v1.ConversationMember.$Shape} ConversationMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.ConversationMember & mobile.v1.ConversationMember.$Shape;

            /**
             * Decodes a ConversationMember message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.ConversationMember & mobile.v1.ConversationMember.$Shape} ConversationMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.ConversationMember & mobile.v1.ConversationMember.$Shape;

            /**
             * Verifies a ConversationMember message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ConversationMember message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ConversationMember
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.ConversationMember;

            /**
             * Creates a plain object from a ConversationMember message. Also converts values to other types if specified.
             * @param m ConversationMember
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.ConversationMember, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ConversationMember to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ConversationMember
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ConversationMember {

            /** Properties of a ConversationMember. */
            interface $Properties {

                /** ConversationMember userId */
                userId?: (string|null);

                /** ConversationMember role */
                role?: (string|null);

                /** ConversationMember deliveredUpTo */
                deliveredUpTo?: (number|Long|null);

                /** ConversationMember readUpTo */
                readUpTo?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConversationMember. */
            type $Shape = mobile.v1.ConversationMember.$Properties;
        }

        /**
         * Properties of a ChatMessage.
         * @deprecated Use mobile.v1.ChatMessage.$Properties instead.
         */
        interface IChatMessage extends mobile.v1.ChatMessage.$Properties {
        }

        /** Represents a ChatMessage. */
        class ChatMessage {

            /**
             * Constructs a new ChatMessage.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.ChatMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ChatMessage id. */
            id: string;

            /** ChatMessage conversationId. */
            conversationId: string;

            /** ChatMessage seq. */
            seq: (number|Long);

            /** ChatMessage senderId. */
            senderId: string;

            /** ChatMessage text. */
            text: string;

            /** ChatMessage attachments. */
            attachments: string[];

            /** ChatMessage replyTo. */
            replyTo: string;

            /** ChatMessage reactions. */
            reactions: mobile.v1.Reaction.$Properties[];

            /** ChatMessage sentAt. */
            sentAt: string;

            /** ChatMessage editedAt. */
            editedAt: string;

            /** ChatMessage clientMessageId. */
            clientMessageId: string;

            /**
             * Creates a new ChatMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ChatMessage instance
             */
            static create(properties: mobile.v1.ChatMessage.$Shape): mobile.v1.ChatMessage & mobile.v1.ChatMessage.$Shape;
            static create(properties?: mobile.v1.ChatMessage.$Properties): mobile.v1.ChatMessage;

            /**
             * Encodes the specified ChatMessage message. Does not implicitly {@link mobile.v1.ChatMessage.verify|verify} messages.
             * @param m ChatMessage message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.ChatMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ChatMessage message, length delimited. Does not implicitly {@link mobile.v1.ChatMessage.verify|verify} messages.
             * @param message ChatMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.ChatMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ChatMessage message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.ChatMessage & mobile.v1.ChatMessage.$Shape} ChatMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.ChatMessage & mobile.v1.ChatMessage.$Shape;

            /**
             * Decodes a ChatMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.ChatMessage & mobile.v1.ChatMessage.$Shape} ChatMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.ChatMessage & mobile.v1.ChatMessage.$Shape;

            /**
             * Verifies a ChatMessage message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ChatMessage message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ChatMessage
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.ChatMessage;

            /**
             * Creates a plain object from a ChatMessage message. Also converts values to other types if specified.
             * @param m ChatMessage
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.ChatMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ChatMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ChatMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ChatMessage {

            /** Properties of a ChatMessage. */
            interface $Properties {

                /** ChatMessage id */
                id?: (string|null);

                /** ChatMessage conversationId */
                conversationId?: (string|null);

                /** ChatMessage seq */
                seq?: (number|Long|null);

                /** ChatMessage senderId */
                senderId?: (string|null);

                /** ChatMessage text */
                text?: (string|null);

                /** ChatMessage attachments */
                attachments?: (string[]|null);

                /** ChatMessage replyTo */
                replyTo?: (string|null);

                /** ChatMessage reactions */
                reactions?: (mobile.v1.Reaction.$Properties[]|null);

                /** ChatMessage sentAt */
                sentAt?: (string|null);

                /** ChatMessage editedAt */
                editedAt?: (string|null);

                /** ChatMessage clientMessageId */
                clientMessageId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ChatMessage. */
            type $Shape = mobile.v1.ChatMessage.$Properties;
        }

        /**
         * Properties of a Reaction.
         * @deprecated Use mobile.v1.Reaction.$Properties instead.
         */
        interface IReaction extends mobile.v1.Reaction.$Properties {
        }

        /** Represents a Reaction. */
        class Reaction {

            /**
             * Constructs a new Reaction.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.Reaction.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Reaction emoji. */
            emoji: string;

            /** Reaction userIds. */
            userIds: string[];

            /**
             * Creates a new Reaction instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Reaction instance
             */
            static create(properties: mobile.v1.Reaction.$Shape): mobile.v1.Reaction & mobile.v1.Reaction.$Shape;
            static create(properties?: mobile.v1.Reaction.$Properties): mobile.v1.Reaction;

            /**
             * Encodes the specified Reaction message. Does not implicitly {@link mobile.v1.Reaction.verify|verify} messages.
             * @param m Reaction message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.Reaction.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Reaction message, length delimited. Does not implicitly {@link mobile.v1.Reaction.verify|verify} messages.
             * @param message Reaction message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.Reaction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reaction message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.Reaction & mobile.v1.Reaction.$Shape} Reaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.Reaction & mobile.v1.Reaction.$Shape;

            /**
             * Decodes a Reaction message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.Reaction & mobile.v1.Reaction.$Shape} Reaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.Reaction & mobile.v1.Reaction.$Shape;

            /**
             * Verifies a Reaction message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Reaction message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Reaction
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.Reaction;

            /**
             * Creates a plain object from a Reaction message. Also converts values to other types if specified.
             * @param m Reaction
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.Reaction, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Reaction to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Reaction
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Reaction {

            /** Properties of a Reaction. */
            interface $Properties {

                /** Reaction emoji */
                emoji?: (string|null);

                /** Reaction userIds */
                userIds?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Reaction. */
            type $Shape = mobile.v1.Reaction.$Properties;
        }

        /**
         * Properties of a ClientFrame.
         * @deprecated Use mobile.v1.ClientFrame.$Properties instead.
         */
        interface IClientFrame extends mobile.v1.ClientFrame.$Properties {
        }

        /** Represents a ClientFrame. */
        class ClientFrame {

            /**
             * Constructs a new ClientFrame.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.ClientFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ClientFrame subscribe. */
            subscribe?: (mobile.v1.Subscribe.$Properties|null);

            /** ClientFrame reauthenticate. */
            reauthenticate?: (mobile.v1.Reauthenticate.$Properties|null);

            /** ClientFrame command. */
            command?: (mobile.v1.Command.$Properties|null);

            /** ClientFrame watch. */
            watch?: (mobile.v1.Watch.$Properties|null);

            /** ClientFrame frame. */
            frame?: ("subscribe"|"reauthenticate"|"command"|"watch");

            /**
             * Creates a new ClientFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ClientFrame instance
             */
            static create(properties: mobile.v1.ClientFrame.$Shape): mobile.v1.ClientFrame & mobile.v1.ClientFrame.$Shape;
            static create(properties?: mobile.v1.ClientFrame.$Properties): mobile.v1.ClientFrame;

            /**
             * Encodes the specified ClientFrame message. Does not implicitly {@link mobile.v1.ClientFrame.verify|verify} messages.
             * @param m ClientFrame message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.ClientFrame.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ClientFrame message, length delimited. Does not implicitly {@link mobile.v1.ClientFrame.verify|verify} messages.
             * @param message ClientFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.ClientFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ClientFrame message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.ClientFrame & mobile.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.ClientFrame & mobile.v1.ClientFrame.$Shape;

            /**
             * Decodes a ClientFrame message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.ClientFrame & mobile.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.ClientFrame & mobile.v1.ClientFrame.$Shape;

            /**
             * Verifies a ClientFrame message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ClientFrame message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ClientFrame
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.ClientFrame;

            /**
             * Creates a plain object from a ClientFrame message. Also converts values to other types if specified.
             * @param m ClientFrame
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.ClientFrame, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ClientFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ClientFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ClientFrame {

            /** Properties of a ClientFrame. */
            interface $Properties {

                /** ClientFrame subscribe */
                subscribe?: (mobile.v1.Subscribe.$Properties|null);

                /** ClientFrame reauthenticate */
                reauthenticate?: (mobile.v1.Reauthenticate.$Properties|null);

                /** ClientFrame command */
                command?: (mobile.v1.Command.$Properties|null);

                /** ClientFrame watch */
                watch?: (mobile.v1.Watch.$Properties|null);

                /** ClientFrame frame */
                frame?: ("subscribe"|"reauthenticate"|"command"|"watch");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ClientFrame. */
            type $Shape = {
              subscribe?: mobile.v1.Subscribe.$Shape|null;
              reauthenticate?: mobile.v1.Reauthenticate.$Shape|null;
              command?: mobile.v1.Command.$Shape|null;
              watch?: mobile.v1.Watch.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ frame?: undefined; subscribe?: null; reauthenticate?: null; command?: null; watch?: null }|{ frame?: "subscribe"; subscribe: mobile.v1.Subscribe.$Shape; reauthenticate?: null; command?: null; watch?: null }|{ frame?: "reauthenticate"; subscribe?: null; reauthenticate: mobile.v1.Reauthenticate.$Shape; command?: null; watch?: null }|{ frame?: "command"; subscribe?: null; reauthenticate?: null; command: mobile.v1.Command.$Shape; watch?: null }|{ frame?: "watch"; subscribe?: null; reauthenticate?: null; command?: null; watch: mobile.v1.Watch.$Shape })
            );
        }

        /**
         * Properties of a Subscribe.
         * @deprecated Use mobile.v1.Subscribe.$Properties instead.
         */
        interface ISubscribe extends mobile.v1.Subscribe.$Properties {
        }

        /** Represents a Subscribe. */
        class Subscribe {

            /**
             * Constructs a new Subscribe.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.Subscribe.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Subscribe cursor. */
            cursor: string;

            /** Subscribe collections. */
            collections: string[];

            /** Subscribe whole. */
            whole: boolean;

            /** Subscribe limit. */
            limit: number;

            /**
             * Creates a new Subscribe instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Subscribe instance
             */
            static create(properties: mobile.v1.Subscribe.$Shape): mobile.v1.Subscribe & mobile.v1.Subscribe.$Shape;
            static create(properties?: mobile.v1.Subscribe.$Properties): mobile.v1.Subscribe;

            /**
             * Encodes the specified Subscribe message. Does not implicitly {@link mobile.v1.Subscribe.verify|verify} messages.
             * @param m Subscribe message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.Subscribe.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Subscribe message, length delimited. Does not implicitly {@link mobile.v1.Subscribe.verify|verify} messages.
             * @param message Subscribe message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.Subscribe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Subscribe message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.Subscribe & mobile.v1.Subscribe.$Shape} Subscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.Subscribe & mobile.v1.Subscribe.$Shape;

            /**
             * Decodes a Subscribe message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.Subscribe & mobile.v1.Subscribe.$Shape} Subscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.Subscribe & mobile.v1.Subscribe.$Shape;

            /**
             * Verifies a Subscribe message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Subscribe message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Subscribe
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.Subscribe;

            /**
             * Creates a plain object from a Subscribe message. Also converts values to other types if specified.
             * @param m Subscribe
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.Subscribe, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Subscribe to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Subscribe
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Subscribe {

            /** Properties of a Subscribe. */
            interface $Properties {

                /** Subscribe cursor */
                cursor?: (string|null);

                /** Subscribe collections */
                collections?: (string[]|null);

                /** Subscribe whole */
                whole?: (boolean|null);

                /** Subscribe limit */
                limit?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Subscribe. */
            type $Shape = mobile.v1.Subscribe.$Properties;
        }

        /**
         * Properties of a Reauthenticate.
         * @deprecated Use mobile.v1.Reauthenticate.$Properties instead.
         */
        interface IReauthenticate extends mobile.v1.Reauthenticate.$Properties {
        }

        /** Represents a Reauthenticate. */
        class Reauthenticate {

            /**
             * Constructs a new Reauthenticate.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.Reauthenticate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Reauthenticate accessToken. */
            accessToken: string;

            /**
             * Creates a new Reauthenticate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Reauthenticate instance
             */
            static create(properties: mobile.v1.Reauthenticate.$Shape): mobile.v1.Reauthenticate & mobile.v1.Reauthenticate.$Shape;
            static create(properties?: mobile.v1.Reauthenticate.$Properties): mobile.v1.Reauthenticate;

            /**
             * Encodes the specified Reauthenticate message. Does not implicitly {@link mobile.v1.Reauthenticate.verify|verify} messages.
             * @param m Reauthenticate message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.Reauthenticate.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Reauthenticate message, length delimited. Does not implicitly {@link mobile.v1.Reauthenticate.verify|verify} messages.
             * @param message Reauthenticate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.Reauthenticate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reauthenticate message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.Reauthenticate & mobile.v1.Reauthenticate.$Shape} Reauthenticate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.Reauthenticate & mobile.v1.Reauthenticate.$Shape;

            /**
             * Decodes a Reauthenticate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.Reauthenticate & mobile.v1.Reauthenticate.$Shape} Reauthenticate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.Reauthenticate & mobile.v1.Reauthenticate.$Shape;

            /**
             * Verifies a Reauthenticate message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Reauthenticate message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Reauthenticate
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.Reauthenticate;

            /**
             * Creates a plain object from a Reauthenticate message. Also converts values to other types if specified.
             * @param m Reauthenticate
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.Reauthenticate, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Reauthenticate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Reauthenticate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Reauthenticate {

            /** Properties of a Reauthenticate. */
            interface $Properties {

                /** Reauthenticate accessToken */
                accessToken?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Reauthenticate. */
            type $Shape = mobile.v1.Reauthenticate.$Properties;
        }

        /**
         * Properties of a Command.
         * @deprecated Use mobile.v1.Command.$Properties instead.
         */
        interface ICommand extends mobile.v1.Command.$Properties {
        }

        /** Represents a Command. */
        class Command {

            /**
             * Constructs a new Command.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.Command.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Command id. */
            id: string;

            /** Command sendMessage. */
            sendMessage?: (mobile.v1.SendMessage.$Properties|null);

            /** Command markReceipts. */
            markReceipts?: (mobile.v1.MarkReceipts.$Properties|null);

            /** Command typing. */
            typing?: (mobile.v1.Typing.$Properties|null);

            /** Command setPresence. */
            setPresence?: (mobile.v1.SetPresence.$Properties|null);

            /** Command command. */
            command?: ("sendMessage"|"markReceipts"|"typing"|"setPresence");

            /**
             * Creates a new Command instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Command instance
             */
            static create(properties: mobile.v1.Command.$Shape): mobile.v1.Command & mobile.v1.Command.$Shape;
            static create(properties?: mobile.v1.Command.$Properties): mobile.v1.Command;

            /**
             * Encodes the specified Command message. Does not implicitly {@link mobile.v1.Command.verify|verify} messages.
             * @param m Command message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.Command.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Command message, length delimited. Does not implicitly {@link mobile.v1.Command.verify|verify} messages.
             * @param message Command message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.Command & mobile.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.Command & mobile.v1.Command.$Shape;

            /**
             * Decodes a Command message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.Command & mobile.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.Command & mobile.v1.Command.$Shape;

            /**
             * Verifies a Command message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Command
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.Command;

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @param m Command
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.Command, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Command to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Command
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Command {

            /** Properties of a Command. */
            interface $Properties {

                /** Command id */
                id?: (string|null);

                /** Command sendMessage */
                sendMessage?: (mobile.v1.SendMessage.$Properties|null);

                /** Command markReceipts */
                markReceipts?: (mobile.v1.MarkReceipts.$Properties|null);

                /** Command typing */
                typing?: (mobile.v1.Typing.$Properties|null);

                /** Command setPresence */
                setPresence?: (mobile.v1.SetPresence.$Properties|null);

                /** Command command */
                command?: ("sendMessage"|"markReceipts"|"typing"|"setPresence");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Command. */
            type $Shape = {
              id?: string|null;
              sendMessage?: mobile.v1.SendMessage.$Shape|null;
              markReceipts?: mobile.v1.MarkReceipts.$Shape|null;
              typing?: mobile.v1.Typing.$Shape|null;
              setPresence?: mobile.v1.SetPresence.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ command?: undefined; sendMessage?: null; markReceipts?: null; typing?: null; setPresence?: null }|{ command?: "sendMessage"; sendMessage: mobile.v1.SendMessage.$Shape; markReceipts?: null; typing?: null; setPresence?: null }|{ command?: "markReceipts"; sendMessage?: null; markReceipts: mobile.v1.MarkReceipts.$Shape; typing?: null; setPresence?: null }|{ command?: "typing"; sendMessage?: null; markReceipts?: null; typing: mobile.v1.Typing.$Shape; setPresence?: null }|{ command?: "setPresence"; sendMessage?: null; markReceipts?: null; typing?: null; setPresence: mobile.v1.SetPresence.$Shape })
            );
        }

        /**
         * Properties of a SendMessage.
         * @deprecated Use mobile.v1.SendMessage.$Properties instead.
         */
        interface ISendMessage extends mobile.v1.SendMessage.$Properties {
        }

        /** Represents a SendMessage. */
        class SendMessage {

            /**
             * Constructs a new SendMessage.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.SendMessage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SendMessage conversationId. */
            conversationId: string;

            /** SendMessage clientMessageId. */
            clientMessageId: string;

            /** SendMessage text. */
            text: string;

            /** SendMessage attachments. */
            attachments: string[];

            /** SendMessage replyTo. */
            replyTo: string;

            /**
             * Creates a new SendMessage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SendMessage instance
             */
            static create(properties: mobile.v1.SendMessage.$Shape): mobile.v1.SendMessage & mobile.v1.SendMessage.$Shape;
            static create(properties?: mobile.v1.SendMessage.$Properties): mobile.v1.SendMessage;

            /**
             * Encodes the specified SendMessage message. Does not implicitly {@link mobile.v1.SendMessage.verify|verify} messages.
             * @param m SendMessage message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.SendMessage.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SendMessage message, length delimited. Does not implicitly {@link mobile.v1.SendMessage.verify|verify} messages.
             * @param message SendMessage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.SendMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SendMessage message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.SendMessage & mobile.v1.SendMessage.$Shape} SendMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.SendMessage & mobile.v1.SendMessage.$Shape;

            /**
             * Decodes a SendMessage message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.SendMessage & mobile.v1.SendMessage.$Shape} SendMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.SendMessage & mobile.v1.SendMessage.$Shape;

            /**
             * Verifies a SendMessage message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SendMessage message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SendMessage
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.SendMessage;

            /**
             * Creates a plain object from a SendMessage message. Also converts values to other types if specified.
             * @param m SendMessage
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.SendMessage, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SendMessage to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SendMessage
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SendMessage {

            /** Properties of a SendMessage. */
            interface $Properties {

                /** SendMessage conversationId */
                conversationId?: (string|null);

                /** SendMessage clientMessageId */
                clientMessageId?: (string|null);

                /** SendMessage text */
                text?: (string|null);

                /** SendMessage attachments */
                attachments?: (string[]|null);

                /** SendMessage replyTo */
                replyTo?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SendMessage. */
            type $Shape = mobile.v1.SendMessage.$Properties;
        }

        /**
         * Properties of a MarkReceipts.
         * @deprecated Use mobile.v1.MarkReceipts.$Properties instead.
         */
        interface IMarkReceipts extends mobile.v1.MarkReceipts.$Properties {
        }

        /** Represents a MarkReceipts. */
        class MarkReceipts {

            /**
             * Constructs a new MarkReceipts.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.MarkReceipts.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MarkReceipts conversationId. */
            conversationId: string;

            /** MarkReceipts delivered. */
            delivered?: (number|Long|null);

            /** MarkReceipts read. */
            read?: (number|Long|null);

            /**
             * Creates a new MarkReceipts instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MarkReceipts instance
             */
            static create(properties: mobile.v1.MarkReceipts.$Shape): mobile.v1.MarkReceipts & mobile.v1.MarkReceipts.$Shape;
            static create(properties?: mobile.v1.MarkReceipts.$Properties): mobile.v1.MarkReceipts;

            /**
             * Encodes the specified MarkReceipts message. Does not implicitly {@link mobile.v1.MarkReceipts.verify|verify} messages.
             * @param m MarkReceipts message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.MarkReceipts.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MarkReceipts message, length delimited. Does not implicitly {@link mobile.v1.MarkReceipts.verify|verify} messages.
             * @param message MarkReceipts message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.MarkReceipts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MarkReceipts message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.MarkReceipts & mobile.v1.MarkReceipts.$Shape} MarkReceipts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.MarkReceipts & mobile.v1.MarkReceipts.$Shape;

            /**
             * Decodes a MarkReceipts message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.MarkReceipts & mobile.v1.MarkReceipts.$Shape} MarkReceipts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.MarkReceipts & mobile.v1.MarkReceipts.$Shape;

            /**
             * Verifies a MarkReceipts message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a MarkReceipts message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns MarkReceipts
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.MarkReceipts;

            /**
             * Creates a plain object from a MarkReceipts message. Also converts values to other types if specified.
             * @param m MarkReceipts
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.MarkReceipts, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MarkReceipts to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MarkReceipts
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MarkReceipts {

            /** Properties of a MarkReceipts. */
            interface $Properties {

                /** MarkReceipts conversationId */
                conversationId?: (string|null);

                /** MarkReceipts delivered */
                delivered?: (number|Long|null);

                /** MarkReceipts read */
                read?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MarkReceipts. */
            type $Shape = mobile.v1.MarkReceipts.$Properties;
        }

        /**
         * Properties of a Typing.
         * @deprecated Use mobile.v1.Typing.$Properties instead.
         */
        interface ITyping extends mobile.v1.Typing.$Properties {
        }

        /** Represents a Typing. */
        class Typing {

            /**
             * Constructs a new Typing.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.Typing.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Typing conversationId. */
            conversationId: string;

            /**
             * Creates a new Typing instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Typing instance
             */
            static create(properties: mobile.v1.Typing.$Shape): mobile.v1.Typing & mobile.v1.Typing.$Shape;
            static create(properties?: mobile.v1.Typing.$Properties): mobile.v1.Typing;

            /**
             * Encodes the specified Typing message. Does not implicitly {@link mobile.v1.Typing.verify|verify} messages.
             * @param m Typing message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.Typing.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Typing message, length delimited. Does not implicitly {@link mobile.v1.Typing.verify|verify} messages.
             * @param message Typing message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.Typing.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Typing message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.Typing & mobile.v1.Typing.$Shape} Typing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.Typing & mobile.v1.Typing.$Shape;

            /**
             * Decodes a Typing message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.Typing & mobile.v1.Typing.$Shape} Typing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.Typing & mobile.v1.Typing.$Shape;

            /**
             * Verifies a Typing message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Typing message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Typing
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.Typing;

            /**
             * Creates a plain object from a Typing message. Also converts values to other types if specified.
             * @param m Typing
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.Typing, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Typing to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Typing
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Typing {

            /** Properties of a Typing. */
            interface $Properties {

                /** Typing conversationId */
                conversationId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Typing. */
            type $Shape = mobile.v1.Typing.$Properties;
        }

        /**
         * Properties of a SetPresence.
         * @deprecated Use mobile.v1.SetPresence.$Properties instead.
         */
        interface ISetPresence extends mobile.v1.SetPresence.$Properties {
        }

        /** Represents a SetPresence. */
        class SetPresence {

            /**
             * Constructs a new SetPresence.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.SetPresence.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SetPresence status. */
            status: string;

            /**
             * Creates a new SetPresence instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SetPresence instance
             */
            static create(properties: mobile.v1.SetPresence.$Shape): mobile.v1.SetPresence & mobile.v1.SetPresence.$Shape;
            static create(properties?: mobile.v1.SetPresence.$Properties): mobile.v1.SetPresence;

            /**
             * Encodes the specified SetPresence message. Does not implicitly {@link mobile.v1.SetPresence.verify|verify} messages.
             * @param m SetPresence message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.SetPresence.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SetPresence message, length delimited. Does not implicitly {@link mobile.v1.SetPresence.verify|verify} messages.
             * @param message SetPresence message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.SetPresence.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SetPresence message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.SetPresence & mobile.v1.SetPresence.$Shape} SetPresence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.SetPresence & mobile.v1.SetPresence.$Shape;

            /**
             * Decodes a SetPresence message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.SetPresence & mobile.v1.SetPresence.$Shape} SetPresence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.SetPresence & mobile.v1.SetPresence.$Shape;

            /**
             * Verifies a SetPresence message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SetPresence message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SetPresence
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.SetPresence;

            /**
             * Creates a plain object from a SetPresence message. Also converts values to other types if specified.
             * @param m SetPresence
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.SetPresence, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SetPresence to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SetPresence
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SetPresence {

            /** Properties of a SetPresence. */
            interface $Properties {

                /** SetPresence status */
                status?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SetPresence. */
            type $Shape = mobile.v1.SetPresence.$Properties;
        }

        /**
         * Properties of a Watch.
         * @deprecated Use mobile.v1.Watch.$Properties instead.
         */
        interface IWatch extends mobile.v1.Watch.$Properties {
        }

        /** Represents a Watch. */
        class Watch {

            /**
             * Constructs a new Watch.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.Watch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Watch conversationIds. */
            conversationIds: string[];

            /**
             * Creates a new Watch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Watch instance
             */
            static create(properties: mobile.v1.Watch.$Shape): mobile.v1.Watch & mobile.v1.Watch.$Shape;
            static create(properties?: mobile.v1.Watch.$Properties): mobile.v1.Watch;

            /**
             * Encodes the specified Watch message. Does not implicitly {@link mobile.v1.Watch.verify|verify} messages.
             * @param m Watch message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.Watch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Watch message, length delimited. Does not implicitly {@link mobile.v1.Watch.verify|verify} messages.
             * @param message Watch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.Watch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Watch message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.Watch & mobile.v1.Watch.$Shape} Watch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.Watch & mobile.v1.Watch.$Shape;

            /**
             * Decodes a Watch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.Watch & mobile.v1.Watch.$Shape} Watch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.Watch & mobile.v1.Watch.$Shape;

            /**
             * Verifies a Watch message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Watch message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Watch
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.Watch;

            /**
             * Creates a plain object from a Watch message. Also converts values to other types if specified.
             * @param m Watch
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.Watch, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Watch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Watch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Watch {

            /** Properties of a Watch. */
            interface $Properties {

                /** Watch conversationIds */
                conversationIds?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Watch. */
            type $Shape = mobile.v1.Watch.$Properties;
        }

        /**
         * Properties of a ServerFrame.
         * @deprecated Use mobile.v1.ServerFrame.$Properties instead.
         */
        interface IServerFrame extends mobile.v1.ServerFrame.$Properties {
        }

        /** Represents a ServerFrame. */
        class ServerFrame {

            /**
             * Constructs a new ServerFrame.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.ServerFrame.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServerFrame page. */
            page?: (mobile.v1.FeedPage.$Properties|null);

            /** ServerFrame reauthenticated. */
            reauthenticated?: (mobile.v1.Reauthenticated.$Properties|null);

            /** ServerFrame subscribeError. */
            subscribeError?: (mobile.v1.SubscribeError.$Properties|null);

            /** ServerFrame commandResult. */
            commandResult?: (mobile.v1.CommandResult.$Properties|null);

            /** ServerFrame presence. */
            presence?: (mobile.v1.PresenceChanged.$Properties|null);

            /** ServerFrame typing. */
            typing?: (mobile.v1.TypingChanged.$Properties|null);

            /** ServerFrame watchError. */
            watchError?: (mobile.v1.WatchError.$Properties|null);

            /** ServerFrame watching. */
            watching?: (mobile.v1.Watching.$Properties|null);

            /** ServerFrame location. */
            location?: (mobile.v1.LocationUpdate.$Properties|null);

            /** ServerFrame frame. */
            frame?: ("page"|"reauthenticated"|"subscribeError"|"commandResult"|"presence"|"typing"|"watchError"|"watching"|"location");

            /**
             * Creates a new ServerFrame instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServerFrame instance
             */
            static create(properties: mobile.v1.ServerFrame.$Shape): mobile.v1.ServerFrame & mobile.v1.ServerFrame.$Shape;
            static create(properties?: mobile.v1.ServerFrame.$Properties): mobile.v1.ServerFrame;

            /**
             * Encodes the specified ServerFrame message. Does not implicitly {@link mobile.v1.ServerFrame.verify|verify} messages.
             * @param m ServerFrame message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.ServerFrame.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ServerFrame message, length delimited. Does not implicitly {@link mobile.v1.ServerFrame.verify|verify} messages.
             * @param message ServerFrame message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.ServerFrame.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServerFrame message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.ServerFrame & mobile.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.ServerFrame & mobile.v1.ServerFrame.$Shape;

            /**
             * Decodes a ServerFrame message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.ServerFrame & mobile.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.ServerFrame & mobile.v1.ServerFrame.$Shape;

            /**
             * Verifies a ServerFrame message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ServerFrame message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ServerFrame
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.ServerFrame;

            /**
             * Creates a plain object from a ServerFrame message. Also converts values to other types if specified.
             * @param m ServerFrame
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.ServerFrame, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServerFrame to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ServerFrame
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServerFrame {

            /** Properties of a ServerFrame. */
            interface $Properties {

                /** ServerFrame page */
                page?: (mobile.v1.FeedPage.$Properties|null);

                /** ServerFrame reauthenticated */
                reauthenticated?: (mobile.v1.Reauthenticated.$Properties|null);

                /** ServerFrame subscribeError */
                subscribeError?: (mobile.v1.SubscribeError.$Properties|null);

                /** ServerFrame commandResult */
                commandResult?: (mobile.v1.CommandResult.$Properties|null);

                /** ServerFrame presence */
                presence?: (mobile.v1.PresenceChanged.$Properties|null);

                /** ServerFrame typing */
                typing?: (mobile.v1.TypingChanged.$Properties|null);

                /** ServerFrame watchError */
                watchError?: (mobile.v1.WatchError.$Properties|null);

                /** ServerFrame watching */
                watching?: (mobile.v1.Watching.$Properties|null);

                /** ServerFrame location */
                location?: (mobile.v1.LocationUpdate.$Properties|null);

                /** ServerFrame frame */
                frame?: ("page"|"reauthenticated"|"subscribeError"|"commandResult"|"presence"|"typing"|"watchError"|"watching"|"location");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a ServerFrame. */
            type $Shape = {
              page?: mobile.v1.FeedPage.$Shape|null;
              reauthenticated?: mobile.v1.Reauthenticated.$Shape|null;
              subscribeError?: mobile.v1.SubscribeError.$Shape|null;
              commandResult?: mobile.v1.CommandResult.$Shape|null;
              presence?: mobile.v1.PresenceChanged.$Shape|null;
              typing?: mobile.v1.TypingChanged.$Shape|null;
              watchError?: mobile.v1.WatchError.$Shape|null;
              watching?: mobile.v1.Watching.$Shape|null;
              location?: mobile.v1.LocationUpdate.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ frame?: undefined; page?: null; reauthenticated?: null; subscribeError?: null; commandResult?: null; presence?: null; typing?: null; watchError?: null; watching?: null; location?: null }|{ frame?: "page"; page: mobile.v1.FeedPage.$Shape; reauthenticated?: null; subscribeError?: null; commandResult?: null; presence?: null; typing?: null; watchError?: null; watching?: null; location?: null }|{ frame?: "reauthenticated"; page?: null; reauthenticated: mobile.v1.Reauthenticated.$Shape; subscribeError?: null; commandResult?: null; presence?: null; typing?: null; watchError?: null; watching?: null; location?: null }|{ frame?: "subscribeError"; page?: null; reauthenticated?: null; subscribeError: mobile.v1.SubscribeError.$Shape; commandResult?: null; presence?: null; typing?: null; watchError?: null; watching?: null; location?: null }|{ frame?: "commandResult"; page?: null; reauthenticated?: null; subscribeError?: null; commandResult: mobile.v1.CommandResult.$Shape; presence?: null; typing?: null; watchError?: null; watching?: null; location?: null }|{ frame?: "presence"; page?: null; reauthenticated?: null; subscribeError?: null; commandResult?: null; presence: mobile.v1.PresenceChanged.$Shape; typing?: null; watchError?: null; watching?: null; location?: null }|{ frame?: "typing"; page?: null; reauthenticated?: null; subscribeError?: null; commandResult?: null; presence?: null; typing: mobile.v1.TypingChanged.$Shape; watchError?: null; watching?: null; location?: null }|{ frame?: "watchError"; page?: null; reauthenticated?: null; subscribeError?: null; commandResult?: null; presence?: null; typing?: null; watchError: mobile.v1.WatchError.$Shape; watching?: null; location?: null }|{ frame?: "watching"; page?: null; reauthenticated?: null; subscribeError?: null; commandResult?: null; presence?: null; typing?: null; watchError?: null; watching: mobile.v1.Watching.$Shape; location?: null }|{ frame?: "location"; page?: null; reauthenticated?: null; subscribeError?: null; commandResult?: null; presence?: null; typing?: null; watchError?: null; watching?: null; location: mobile.v1.LocationUpdate.$Shape })
            );
        }

        /**
         * Properties of a Watching.
         * @deprecated Use mobile.v1.Watching.$Properties instead.
         */
        interface IWatching extends mobile.v1.Watching.$Properties {
        }

        /** Represents a Watching. */
        class Watching {

            /**
             * Constructs a new Watching.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.Watching.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Watching users. */
            users: number;

            /** Watching conversations. */
            conversations: number;

            /**
             * Creates a new Watching instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Watching instance
             */
            static create(properties: mobile.v1.Watching.$Shape): mobile.v1.Watching & mobile.v1.Watching.$Shape;
            static create(properties?: mobile.v1.Watching.$Properties): mobile.v1.Watching;

            /**
             * Encodes the specified Watching message. Does not implicitly {@link mobile.v1.Watching.verify|verify} messages.
             * @param m Watching message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.Watching.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Watching message, length delimited. Does not implicitly {@link mobile.v1.Watching.verify|verify} messages.
             * @param message Watching message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.Watching.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Watching message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.Watching & mobile.v1.Watching.$Shape} Watching
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.Watching & mobile.v1.Watching.$Shape;

            /**
             * Decodes a Watching message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.Watching & mobile.v1.Watching.$Shape} Watching
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.Watching & mobile.v1.Watching.$Shape;

            /**
             * Verifies a Watching message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Watching message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Watching
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.Watching;

            /**
             * Creates a plain object from a Watching message. Also converts values to other types if specified.
             * @param m Watching
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.Watching, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Watching to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Watching
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Watching {

            /** Properties of a Watching. */
            interface $Properties {

                /** Watching users */
                users?: (number|null);

                /** Watching conversations */
                conversations?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Watching. */
            type $Shape = mobile.v1.Watching.$Properties;
        }

        /**
         * Properties of a CommandResult.
         * @deprecated Use mobile.v1.CommandResult.$Properties instead.
         */
        interface ICommandResult extends mobile.v1.CommandResult.$Properties {
        }

        /** Represents a CommandResult. */
        class CommandResult {

            /**
             * Constructs a new CommandResult.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.CommandResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** CommandResult id. */
            id: string;

            /** CommandResult status. */
            status: number;

            /** CommandResult position. */
            position: (number|Long);

            /** CommandResult type. */
            type: string;

            /** CommandResult detail. */
            detail: string;

            /** CommandResult body. */
            body: string;

            /** CommandResult retryable. */
            retryable: boolean;

            /** CommandResult retryAfterMs. */
            retryAfterMs: (number|Long);

            /**
             * Creates a new CommandResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns CommandResult instance
             */
            static create(properties: mobile.v1.CommandResult.$Shape): mobile.v1.CommandResult & mobile.v1.CommandResult.$Shape;
            static create(properties?: mobile.v1.CommandResult.$Properties): mobile.v1.CommandResult;

            /**
             * Encodes the specified CommandResult message. Does not implicitly {@link mobile.v1.CommandResult.verify|verify} messages.
             * @param m CommandResult message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.CommandResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified CommandResult message, length delimited. Does not implicitly {@link mobile.v1.CommandResult.verify|verify} messages.
             * @param message CommandResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.CommandResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a CommandResult message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.CommandResult & mobile.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.CommandResult & mobile.v1.CommandResult.$Shape;

            /**
             * Decodes a CommandResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.CommandResult & mobile.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.CommandResult & mobile.v1.CommandResult.$Shape;

            /**
             * Verifies a CommandResult message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns CommandResult
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.CommandResult;

            /**
             * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
             * @param m CommandResult
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.CommandResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this CommandResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for CommandResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace CommandResult {

            /** Properties of a CommandResult. */
            interface $Properties {

                /** CommandResult id */
                id?: (string|null);

                /** CommandResult status */
                status?: (number|null);

                /** CommandResult position */
                position?: (number|Long|null);

                /** CommandResult type */
                type?: (string|null);

                /** CommandResult detail */
                detail?: (string|null);

                /** CommandResult body */
                body?: (string|null);

                /** CommandResult retryable */
                retryable?: (boolean|null);

                /** CommandResult retryAfterMs */
                retryAfterMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a CommandResult. */
            type $Shape = mobile.v1.CommandResult.$Properties;
        }

        /**
         * Properties of a PresenceChanged.
         * @deprecated Use mobile.v1.PresenceChanged.$Properties instead.
         */
        interface IPresenceChanged extends mobile.v1.PresenceChanged.$Properties {
        }

        /** Represents a PresenceChanged. */
        class PresenceChanged {

            /**
             * Constructs a new PresenceChanged.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.PresenceChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PresenceChanged userId. */
            userId: string;

            /** PresenceChanged status. */
            status: string;

            /** PresenceChanged lastSeenAt. */
            lastSeenAt: string;

            /**
             * Creates a new PresenceChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PresenceChanged instance
             */
            static create(properties: mobile.v1.PresenceChanged.$Shape): mobile.v1.PresenceChanged & mobile.v1.PresenceChanged.$Shape;
            static create(properties?: mobile.v1.PresenceChanged.$Properties): mobile.v1.PresenceChanged;

            /**
             * Encodes the specified PresenceChanged message. Does not implicitly {@link mobile.v1.PresenceChanged.verify|verify} messages.
             * @param m PresenceChanged message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.PresenceChanged.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified PresenceChanged message, length delimited. Does not implicitly {@link mobile.v1.PresenceChanged.verify|verify} messages.
             * @param message PresenceChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.PresenceChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PresenceChanged message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.PresenceChanged & mobile.v1.PresenceChanged.$Shape} PresenceChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.PresenceChanged & mobile.v1.PresenceChanged.$Shape;

            /**
             * Decodes a PresenceChanged message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.PresenceChanged & mobile.v1.PresenceChanged.$Shape} PresenceChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.PresenceChanged & mobile.v1.PresenceChanged.$Shape;

            /**
             * Verifies a PresenceChanged message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a PresenceChanged message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns PresenceChanged
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.PresenceChanged;

            /**
             * Creates a plain object from a PresenceChanged message. Also converts values to other types if specified.
             * @param m PresenceChanged
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.PresenceChanged, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this PresenceChanged to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for PresenceChanged
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace PresenceChanged {

            /** Properties of a PresenceChanged. */
            interface $Properties {

                /** PresenceChanged userId */
                userId?: (string|null);

                /** PresenceChanged status */
                status?: (string|null);

                /** PresenceChanged lastSeenAt */
                lastSeenAt?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PresenceChanged. */
            type $Shape = mobile.v1.PresenceChanged.$Properties;
        }

        /**
         * Properties of a TypingChanged.
         * @deprecated Use mobile.v1.TypingChanged.$Properties instead.
         */
        interface ITypingChanged extends mobile.v1.TypingChanged.$Properties {
        }

        /** Represents a TypingChanged. */
        class TypingChanged {

            /**
             * Constructs a new TypingChanged.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.TypingChanged.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** TypingChanged conversationId. */
            conversationId: string;

            /** TypingChanged userId. */
            userId: string;

            /**
             * Creates a new TypingChanged instance using the specified properties.
             * @param [properties] Properties to set
             * @returns TypingChanged instance
             */
            static create(properties: mobile.v1.TypingChanged.$Shape): mobile.v1.TypingChanged & mobile.v1.TypingChanged.$Shape;
            static create(properties?: mobile.v1.TypingChanged.$Properties): mobile.v1.TypingChanged;

            /**
             * Encodes the specified TypingChanged message. Does not implicitly {@link mobile.v1.TypingChanged.verify|verify} messages.
             * @param m TypingChanged message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.TypingChanged.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified TypingChanged message, length delimited. Does not implicitly {@link mobile.v1.TypingChanged.verify|verify} messages.
             * @param message TypingChanged message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.TypingChanged.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a TypingChanged message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.TypingChanged & mobile.v1.TypingChanged.$Shape} TypingChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.TypingChanged & mobile.v1.TypingChanged.$Shape;

            /**
             * Decodes a TypingChanged message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.TypingChanged & mobile.v1.TypingChanged.$Shape} TypingChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.TypingChanged & mobile.v1.TypingChanged.$Shape;

            /**
             * Verifies a TypingChanged message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a TypingChanged message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns TypingChanged
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.TypingChanged;

            /**
             * Creates a plain object from a TypingChanged message. Also converts values to other types if specified.
             * @param m TypingChanged
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.TypingChanged, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this TypingChanged to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for TypingChanged
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace TypingChanged {

            /** Properties of a TypingChanged. */
            interface $Properties {

                /** TypingChanged conversationId */
                conversationId?: (string|null);

                /** TypingChanged userId */
                userId?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a TypingChanged. */
            type $Shape = mobile.v1.TypingChanged.$Properties;
        }

        /**
         * Properties of a LocationUpdate.
         * @deprecated Use mobile.v1.LocationUpdate.$Properties instead.
         */
        interface ILocationUpdate extends mobile.v1.LocationUpdate.$Properties {
        }

        /** Represents a LocationUpdate. */
        class LocationUpdate {

            /**
             * Constructs a new LocationUpdate.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.LocationUpdate.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LocationUpdate type. */
            type: string;

            /** LocationUpdate conversationId. */
            conversationId: string;

            /** LocationUpdate userId. */
            userId: string;

            /** LocationUpdate shareId. */
            shareId: string;

            /** LocationUpdate precision. */
            precision: string;

            /** LocationUpdate startedAt. */
            startedAt: string;

            /** LocationUpdate endsAt. */
            endsAt: string;

            /** LocationUpdate location. */
            location?: (mobile.v1.LocationFix.$Properties|null);

            /** LocationUpdate reason. */
            reason: string;

            /**
             * Creates a new LocationUpdate instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LocationUpdate instance
             */
            static create(properties: mobile.v1.LocationUpdate.$Shape): mobile.v1.LocationUpdate & mobile.v1.LocationUpdate.$Shape;
            static create(properties?: mobile.v1.LocationUpdate.$Properties): mobile.v1.LocationUpdate;

            /**
             * Encodes the specified LocationUpdate message. Does not implicitly {@link mobile.v1.LocationUpdate.verify|verify} messages.
             * @param m LocationUpdate message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.LocationUpdate.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LocationUpdate message, length delimited. Does not implicitly {@link mobile.v1.LocationUpdate.verify|verify} messages.
             * @param message LocationUpdate message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.LocationUpdate.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LocationUpdate message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.LocationUpdate & mobile.v1.LocationUpdate.$Shape} LocationUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.LocationUpdate & mobile.v1.LocationUpdate.$Shape;

            /**
             * Decodes a LocationUpdate message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.LocationUpdate & mobile.v1.LocationUpdate.$Shape} LocationUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.LocationUpdate & mobile.v1.LocationUpdate.$Shape;

            /**
             * Verifies a LocationUpdate message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a LocationUpdate message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LocationUpdate
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.LocationUpdate;

            /**
             * Creates a plain object from a LocationUpdate message. Also converts values to other types if specified.
             * @param m LocationUpdate
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.LocationUpdate, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LocationUpdate to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LocationUpdate
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LocationUpdate {

            /** Properties of a LocationUpdate. */
            interface $Properties {

                /** LocationUpdate type */
                type?: (string|null);

                /** LocationUpdate conversationId */
                conversationId?: (string|null);

                /** LocationUpdate userId */
                userId?: (string|null);

                /** LocationUpdate shareId */
                shareId?: (string|null);

                /** LocationUpdate precision */
                precision?: (string|null);

                /** LocationUpdate startedAt */
                startedAt?: (string|null);

                /** LocationUpdate endsAt */
                endsAt?: (string|null);

                /** LocationUpdate location */
                location?: (mobile.v1.LocationFix.$Properties|null);

                /** LocationUpdate reason */
                reason?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LocationUpdate. */
            type $Shape = mobile.v1.LocationUpdate.$Properties;
        }

        /**
         * Properties of a LocationFix.
         * @deprecated Use mobile.v1.LocationFix.$Properties instead.
         */
        interface ILocationFix extends mobile.v1.LocationFix.$Properties {
        }

        /** Represents a LocationFix. */
        class LocationFix {

            /**
             * Constructs a new LocationFix.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.LocationFix.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** LocationFix lat. */
            lat: number;

            /** LocationFix lon. */
            lon: number;

            /** LocationFix accuracy. */
            accuracy: number;

            /** LocationFix heading. */
            heading: number;

            /** LocationFix speed. */
            speed: number;

            /** LocationFix at. */
            at: string;

            /**
             * Creates a new LocationFix instance using the specified properties.
             * @param [properties] Properties to set
             * @returns LocationFix instance
             */
            static create(properties: mobile.v1.LocationFix.$Shape): mobile.v1.LocationFix & mobile.v1.LocationFix.$Shape;
            static create(properties?: mobile.v1.LocationFix.$Properties): mobile.v1.LocationFix;

            /**
             * Encodes the specified LocationFix message. Does not implicitly {@link mobile.v1.LocationFix.verify|verify} messages.
             * @param m LocationFix message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.LocationFix.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified LocationFix message, length delimited. Does not implicitly {@link mobile.v1.LocationFix.verify|verify} messages.
             * @param message LocationFix message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.LocationFix.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a LocationFix message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.LocationFix & mobile.v1.LocationFix.$Shape} LocationFix
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.LocationFix & mobile.v1.LocationFix.$Shape;

            /**
             * Decodes a LocationFix message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.LocationFix & mobile.v1.LocationFix.$Shape} LocationFix
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.LocationFix & mobile.v1.LocationFix.$Shape;

            /**
             * Verifies a LocationFix message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a LocationFix message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns LocationFix
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.LocationFix;

            /**
             * Creates a plain object from a LocationFix message. Also converts values to other types if specified.
             * @param m LocationFix
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.LocationFix, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this LocationFix to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for LocationFix
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace LocationFix {

            /** Properties of a LocationFix. */
            interface $Properties {

                /** LocationFix lat */
                lat?: (number|null);

                /** LocationFix lon */
                lon?: (number|null);

                /** LocationFix accuracy */
                accuracy?: (number|null);

                /** LocationFix heading */
                heading?: (number|null);

                /** LocationFix speed */
                speed?: (number|null);

                /** LocationFix at */
                at?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a LocationFix. */
            type $Shape = mobile.v1.LocationFix.$Properties;
        }

        /**
         * Properties of a WatchError.
         * @deprecated Use mobile.v1.WatchError.$Properties instead.
         */
        interface IWatchError extends mobile.v1.WatchError.$Properties {
        }

        /** Represents a WatchError. */
        class WatchError {

            /**
             * Constructs a new WatchError.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.WatchError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** WatchError type. */
            type: string;

            /** WatchError detail. */
            detail: string;

            /**
             * Creates a new WatchError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns WatchError instance
             */
            static create(properties: mobile.v1.WatchError.$Shape): mobile.v1.WatchError & mobile.v1.WatchError.$Shape;
            static create(properties?: mobile.v1.WatchError.$Properties): mobile.v1.WatchError;

            /**
             * Encodes the specified WatchError message. Does not implicitly {@link mobile.v1.WatchError.verify|verify} messages.
             * @param m WatchError message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.WatchError.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified WatchError message, length delimited. Does not implicitly {@link mobile.v1.WatchError.verify|verify} messages.
             * @param message WatchError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.WatchError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a WatchError message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.WatchError & mobile.v1.WatchError.$Shape} WatchError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.WatchError & mobile.v1.WatchError.$Shape;

            /**
             * Decodes a WatchError message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.WatchError & mobile.v1.WatchError.$Shape} WatchError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.WatchError & mobile.v1.WatchError.$Shape;

            /**
             * Verifies a WatchError message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a WatchError message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns WatchError
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.WatchError;

            /**
             * Creates a plain object from a WatchError message. Also converts values to other types if specified.
             * @param m WatchError
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.WatchError, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this WatchError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for WatchError
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace WatchError {

            /** Properties of a WatchError. */
            interface $Properties {

                /** WatchError type */
                type?: (string|null);

                /** WatchError detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a WatchError. */
            type $Shape = mobile.v1.WatchError.$Properties;
        }

        /**
         * Properties of a Reauthenticated.
         * @deprecated Use mobile.v1.Reauthenticated.$Properties instead.
         */
        interface IReauthenticated extends mobile.v1.Reauthenticated.$Properties {
        }

        /** Represents a Reauthenticated. */
        class Reauthenticated {

            /**
             * Constructs a new Reauthenticated.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.Reauthenticated.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Reauthenticated expiresAtMs. */
            expiresAtMs: (number|Long);

            /**
             * Creates a new Reauthenticated instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Reauthenticated instance
             */
            static create(properties: mobile.v1.Reauthenticated.$Shape): mobile.v1.Reauthenticated & mobile.v1.Reauthenticated.$Shape;
            static create(properties?: mobile.v1.Reauthenticated.$Properties): mobile.v1.Reauthenticated;

            /**
             * Encodes the specified Reauthenticated message. Does not implicitly {@link mobile.v1.Reauthenticated.verify|verify} messages.
             * @param m Reauthenticated message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.Reauthenticated.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Reauthenticated message, length delimited. Does not implicitly {@link mobile.v1.Reauthenticated.verify|verify} messages.
             * @param message Reauthenticated message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.Reauthenticated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Reauthenticated message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.Reauthenticated & mobile.v1.Reauthenticated.$Shape} Reauthenticated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.Reauthenticated & mobile.v1.Reauthenticated.$Shape;

            /**
             * Decodes a Reauthenticated message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.Reauthenticated & mobile.v1.Reauthenticated.$Shape} Reauthenticated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.Reauthenticated & mobile.v1.Reauthenticated.$Shape;

            /**
             * Verifies a Reauthenticated message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Reauthenticated message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Reauthenticated
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.Reauthenticated;

            /**
             * Creates a plain object from a Reauthenticated message. Also converts values to other types if specified.
             * @param m Reauthenticated
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.Reauthenticated, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Reauthenticated to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Reauthenticated
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Reauthenticated {

            /** Properties of a Reauthenticated. */
            interface $Properties {

                /** Reauthenticated expiresAtMs */
                expiresAtMs?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Reauthenticated. */
            type $Shape = mobile.v1.Reauthenticated.$Properties;
        }

        /**
         * Properties of a SubscribeError.
         * @deprecated Use mobile.v1.SubscribeError.$Properties instead.
         */
        interface ISubscribeError extends mobile.v1.SubscribeError.$Properties {
        }

        /** Represents a SubscribeError. */
        class SubscribeError {

            /**
             * Constructs a new SubscribeError.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.SubscribeError.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** SubscribeError type. */
            type: string;

            /** SubscribeError detail. */
            detail: string;

            /**
             * Creates a new SubscribeError instance using the specified properties.
             * @param [properties] Properties to set
             * @returns SubscribeError instance
             */
            static create(properties: mobile.v1.SubscribeError.$Shape): mobile.v1.SubscribeError & mobile.v1.SubscribeError.$Shape;
            static create(properties?: mobile.v1.SubscribeError.$Properties): mobile.v1.SubscribeError;

            /**
             * Encodes the specified SubscribeError message. Does not implicitly {@link mobile.v1.SubscribeError.verify|verify} messages.
             * @param m SubscribeError message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.SubscribeError.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified SubscribeError message, length delimited. Does not implicitly {@link mobile.v1.SubscribeError.verify|verify} messages.
             * @param message SubscribeError message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.SubscribeError.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a SubscribeError message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.SubscribeError & mobile.v1.SubscribeError.$Shape} SubscribeError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.SubscribeError & mobile.v1.SubscribeError.$Shape;

            /**
             * Decodes a SubscribeError message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.SubscribeError & mobile.v1.SubscribeError.$Shape} SubscribeError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.SubscribeError & mobile.v1.SubscribeError.$Shape;

            /**
             * Verifies a SubscribeError message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a SubscribeError message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns SubscribeError
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.SubscribeError;

            /**
             * Creates a plain object from a SubscribeError message. Also converts values to other types if specified.
             * @param m SubscribeError
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.SubscribeError, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this SubscribeError to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for SubscribeError
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace SubscribeError {

            /** Properties of a SubscribeError. */
            interface $Properties {

                /** SubscribeError type */
                type?: (string|null);

                /** SubscribeError detail */
                detail?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a SubscribeError. */
            type $Shape = mobile.v1.SubscribeError.$Properties;
        }

        /**
         * Properties of a MutationBatch.
         * @deprecated Use mobile.v1.MutationBatch.$Properties instead.
         */
        interface IMutationBatch extends mobile.v1.MutationBatch.$Properties {
        }

        /** Represents a MutationBatch. */
        class MutationBatch {

            /**
             * Constructs a new MutationBatch.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.MutationBatch.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MutationBatch clientId. */
            clientId: string;

            /** MutationBatch mutations. */
            mutations: mobile.v1.Mutation.$Properties[];

            /**
             * Creates a new MutationBatch instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MutationBatch instance
             */
            static create(properties: mobile.v1.MutationBatch.$Shape): mobile.v1.MutationBatch & mobile.v1.MutationBatch.$Shape;
            static create(properties?: mobile.v1.MutationBatch.$Properties): mobile.v1.MutationBatch;

            /**
             * Encodes the specified MutationBatch message. Does not implicitly {@link mobile.v1.MutationBatch.verify|verify} messages.
             * @param m MutationBatch message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.MutationBatch.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MutationBatch message, length delimited. Does not implicitly {@link mobile.v1.MutationBatch.verify|verify} messages.
             * @param message MutationBatch message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.MutationBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MutationBatch message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.MutationBatch & mobile.v1.MutationBatch.$Shape} MutationBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.MutationBatch & mobile.v1.MutationBatch.$Shape;

            /**
             * Decodes a MutationBatch message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.MutationBatch & mobile.v1.MutationBatch.$Shape} MutationBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.MutationBatch & mobile.v1.MutationBatch.$Shape;

            /**
             * Verifies a MutationBatch message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a MutationBatch message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns MutationBatch
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.MutationBatch;

            /**
             * Creates a plain object from a MutationBatch message. Also converts values to other types if specified.
             * @param m MutationBatch
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.MutationBatch, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MutationBatch to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MutationBatch
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MutationBatch {

            /** Properties of a MutationBatch. */
            interface $Properties {

                /** MutationBatch clientId */
                clientId?: (string|null);

                /** MutationBatch mutations */
                mutations?: (mobile.v1.Mutation.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MutationBatch. */
            type $Shape = {
              clientId?: string|null;
              mutations?: mobile.v1.Mutation.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Mutation.
         * @deprecated Use mobile.v1.Mutation.$Properties instead.
         */
        interface IMutation extends mobile.v1.Mutation.$Properties {
        }

        /** Represents a Mutation. */
        class Mutation {

            /**
             * Constructs a new Mutation.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.Mutation.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Mutation mutationId. */
            mutationId: string;

            /** Mutation collection. */
            collection: string;

            /** Mutation documentId. */
            documentId: string;

            /** Mutation op. */
            op: mobile.v1.Mutation.Op;

            /** Mutation set. */
            set?: (google.protobuf.Struct.$Properties|null);

            /** Mutation unset. */
            unset: string[];

            /** Mutation spaceId. */
            spaceId: string;

            /** Mutation baseVersion. */
            baseVersion: (number|Long);

            /** Mutation hlc. */
            hlc: string;

            /**
             * Creates a new Mutation instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Mutation instance
             */
            static create(properties: mobile.v1.Mutation.$Shape): mobile.v1.Mutation & mobile.v1.Mutation.$Shape;
            static create(properties?: mobile.v1.Mutation.$Properties): mobile.v1.Mutation;

            /**
             * Encodes the specified Mutation message. Does not implicitly {@link mobile.v1.Mutation.verify|verify} messages.
             * @param m Mutation message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.Mutation.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Mutation message, length delimited. Does not implicitly {@link mobile.v1.Mutation.verify|verify} messages.
             * @param message Mutation message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.Mutation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Mutation message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.Mutation & mobile.v1.Mutation.$Shape} Mutation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.Mutation & mobile.v1.Mutation.$Shape;

            /**
             * Decodes a Mutation message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.Mutation & mobile.v1.Mutation.$Shape} Mutation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.Mutation & mobile.v1.Mutation.$Shape;

            /**
             * Verifies a Mutation message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Mutation message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Mutation
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.Mutation;

            /**
             * Creates a plain object from a Mutation message. Also converts values to other types if specified.
             * @param m Mutation
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.Mutation, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Mutation to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Mutation
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Mutation {

            /** Properties of a Mutation. */
            interface $Properties {

                /** Mutation mutationId */
                mutationId?: (string|null);

                /** Mutation collection */
                collection?: (string|null);

                /** Mutation documentId */
                documentId?: (string|null);

                /** Mutation op */
                op?: (mobile.v1.Mutation.Op|null);

                /** Mutation set */
                set?: (google.protobuf.Struct.$Properties|null);

                /** Mutation unset */
                unset?: (string[]|null);

                /** Mutation spaceId */
                spaceId?: (string|null);

                /** Mutation baseVersion */
                baseVersion?: (number|Long|null);

                /** Mutation hlc */
                hlc?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Mutation. */
            type $Shape = {
              mutationId?: string|null;
              collection?: string|null;
              documentId?: string|null;
              op?: mobile.v1.Mutation.Op|null;
              set?: google.protobuf.Struct.$Shape|null;
              unset?: string[]|null;
              spaceId?: string|null;
              baseVersion?: number|Long|null;
              hlc?: string|null;
              $unknowns?: Uint8Array[];
            };

            /** Op enum. */
            enum Op {

                /** OP_UNSPECIFIED value */
                OP_UNSPECIFIED = 0,

                /** OP_PUT value */
                OP_PUT = 1,

                /** OP_PATCH value */
                OP_PATCH = 2,

                /** OP_DELETE value */
                OP_DELETE = 3
            }
        }

        /**
         * Properties of a MutationResponse.
         * @deprecated Use mobile.v1.MutationResponse.$Properties instead.
         */
        interface IMutationResponse extends mobile.v1.MutationResponse.$Properties {
        }

        /** Represents a MutationResponse. */
        class MutationResponse {

            /**
             * Constructs a new MutationResponse.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.MutationResponse.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MutationResponse results. */
            results: mobile.v1.MutationResult.$Properties[];

            /** MutationResponse position. */
            position: (number|Long);

            /**
             * Creates a new MutationResponse instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MutationResponse instance
             */
            static create(properties: mobile.v1.MutationResponse.$Shape): mobile.v1.MutationResponse & mobile.v1.MutationResponse.$Shape;
            static create(properties?: mobile.v1.MutationResponse.$Properties): mobile.v1.MutationResponse;

            /**
             * Encodes the specified MutationResponse message. Does not implicitly {@link mobile.v1.MutationResponse.verify|verify} messages.
             * @param m MutationResponse message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.MutationResponse.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MutationResponse message, length delimited. Does not implicitly {@link mobile.v1.MutationResponse.verify|verify} messages.
             * @param message MutationResponse message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.MutationResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MutationResponse message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.MutationResponse & mobile.v1.MutationResponse.$Shape} MutationResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.MutationResponse & mobile.v1.MutationResponse.$Shape;

            /**
             * Decodes a MutationResponse message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.MutationResponse & mobile.v1.MutationResponse.$Shape} MutationResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.MutationResponse & mobile.v1.MutationResponse.$Shape;

            /**
             * Verifies a MutationResponse message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a MutationResponse message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns MutationResponse
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.MutationResponse;

            /**
             * Creates a plain object from a MutationResponse message. Also converts values to other types if specified.
             * @param m MutationResponse
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.MutationResponse, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MutationResponse to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MutationResponse
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MutationResponse {

            /** Properties of a MutationResponse. */
            interface $Properties {

                /** MutationResponse results */
                results?: (mobile.v1.MutationResult.$Properties[]|null);

                /** MutationResponse position */
                position?: (number|Long|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MutationResponse. */
            type $Shape = {
              results?: mobile.v1.MutationResult.$Shape[]|null;
              position?: number|Long|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a MutationResult.
         * @deprecated Use mobile.v1.MutationResult.$Properties instead.
         */
        interface IMutationResult extends mobile.v1.MutationResult.$Properties {
        }

        /** Represents a MutationResult. */
        class MutationResult {

            /**
             * Constructs a new MutationResult.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.MutationResult.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** MutationResult mutationId. */
            mutationId: string;

            /** MutationResult status. */
            status: string;

            /** MutationResult version. */
            version: (number|Long);

            /** MutationResult conflictFields. */
            conflictFields: string[];

            /** MutationResult reason. */
            reason: string;

            /** MutationResult errors. */
            errors: string[];

            /** MutationResult document. */
            document?: (mobile.v1.ServerDocument.$Properties|null);

            /**
             * Creates a new MutationResult instance using the specified properties.
             * @param [properties] Properties to set
             * @returns MutationResult instance
             */
            static create(properties: mobile.v1.MutationResult.$Shape): mobile.v1.MutationResult & mobile.v1.MutationResult.$Shape;
            static create(properties?: mobile.v1.MutationResult.$Properties): mobile.v1.MutationResult;

            /**
             * Encodes the specified MutationResult message. Does not implicitly {@link mobile.v1.MutationResult.verify|verify} messages.
             * @param m MutationResult message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.MutationResult.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified MutationResult message, length delimited. Does not implicitly {@link mobile.v1.MutationResult.verify|verify} messages.
             * @param message MutationResult message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.MutationResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a MutationResult message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.MutationResult & mobile.v1.MutationResult.$Shape} MutationResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.MutationResult & mobile.v1.MutationResult.$Shape;

            /**
             * Decodes a MutationResult message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.MutationResult & mobile.v1.MutationResult.$Shape} MutationResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.MutationResult & mobile.v1.MutationResult.$Shape;

            /**
             * Verifies a MutationResult message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a MutationResult message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns MutationResult
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.MutationResult;

            /**
             * Creates a plain object from a MutationResult message. Also converts values to other types if specified.
             * @param m MutationResult
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.MutationResult, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this MutationResult to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for MutationResult
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace MutationResult {

            /** Properties of a MutationResult. */
            interface $Properties {

                /** MutationResult mutationId */
                mutationId?: (string|null);

                /** MutationResult status */
                status?: (string|null);

                /** MutationResult version */
                version?: (number|Long|null);

                /** MutationResult conflictFields */
                conflictFields?: (string[]|null);

                /** MutationResult reason */
                reason?: (string|null);

                /** MutationResult errors */
                errors?: (string[]|null);

                /** MutationResult document */
                document?: (mobile.v1.ServerDocument.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a MutationResult. */
            type $Shape = {
              mutationId?: string|null;
              status?: string|null;
              version?: number|Long|null;
              conflictFields?: string[]|null;
              reason?: string|null;
              errors?: string[]|null;
              document?: mobile.v1.ServerDocument.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a ServerDocument.
         * @deprecated Use mobile.v1.ServerDocument.$Properties instead.
         */
        interface IServerDocument extends mobile.v1.ServerDocument.$Properties {
        }

        /** Represents a ServerDocument. */
        class ServerDocument {

            /**
             * Constructs a new ServerDocument.
             * @param [p] Properties to set
             */
            constructor(p?: mobile.v1.ServerDocument.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ServerDocument version. */
            version: (number|Long);

            /** ServerDocument deleted. */
            deleted: boolean;

            /** ServerDocument fields. */
            fields?: (google.protobuf.Struct.$Properties|null);

            /**
             * Creates a new ServerDocument instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ServerDocument instance
             */
            static create(properties: mobile.v1.ServerDocument.$Shape): mobile.v1.ServerDocument & mobile.v1.ServerDocument.$Shape;
            static create(properties?: mobile.v1.ServerDocument.$Properties): mobile.v1.ServerDocument;

            /**
             * Encodes the specified ServerDocument message. Does not implicitly {@link mobile.v1.ServerDocument.verify|verify} messages.
             * @param m ServerDocument message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: mobile.v1.ServerDocument.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ServerDocument message, length delimited. Does not implicitly {@link mobile.v1.ServerDocument.verify|verify} messages.
             * @param message ServerDocument message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: mobile.v1.ServerDocument.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ServerDocument message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {mobile.v1.ServerDocument & mobile.v1.ServerDocument.$Shape} ServerDocument
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): mobile.v1.ServerDocument & mobile.v1.ServerDocument.$Shape;

            /**
             * Decodes a ServerDocument message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {mobile.v1.ServerDocument & mobile.v1.ServerDocument.$Shape} ServerDocument
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): mobile.v1.ServerDocument & mobile.v1.ServerDocument.$Shape;

            /**
             * Verifies a ServerDocument message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ServerDocument message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ServerDocument
             */
            static fromObject(d: { [k: string]: any }): mobile.v1.ServerDocument;

            /**
             * Creates a plain object from a ServerDocument message. Also converts values to other types if specified.
             * @param m ServerDocument
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: mobile.v1.ServerDocument, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ServerDocument to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ServerDocument
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ServerDocument {

            /** Properties of a ServerDocument. */
            interface $Properties {

                /** ServerDocument version */
                version?: (number|Long|null);

                /** ServerDocument deleted */
                deleted?: (boolean|null);

                /** ServerDocument fields */
                fields?: (google.protobuf.Struct.$Properties|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ServerDocument. */
            type $Shape = {
              version?: number|Long|null;
              deleted?: boolean|null;
              fields?: google.protobuf.Struct.$Shape|null;
              $unknowns?: Uint8Array[];
            };
        }
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of a FieldMask.
         * @deprecated Use google.protobuf.FieldMask.$Properties instead.
         */
        interface IFieldMask extends google.protobuf.FieldMask.$Properties {
        }

        /** Represents a FieldMask. */
        class FieldMask {

            /**
             * Constructs a new FieldMask.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.FieldMask.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** FieldMask paths. */
            paths: string[];

            /**
             * Creates a new FieldMask instance using the specified properties.
             * @param [properties] Properties to set
             * @returns FieldMask instance
             */
            static create(properties: google.protobuf.FieldMask.$Shape): google.protobuf.FieldMask & google.protobuf.FieldMask.$Shape;
            static create(properties?: google.protobuf.FieldMask.$Properties): google.protobuf.FieldMask;

            /**
             * Encodes the specified FieldMask message. Does not implicitly {@link google.protobuf.FieldMask.verify|verify} messages.
             * @param m FieldMask message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.FieldMask.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified FieldMask message, length delimited. Does not implicitly {@link google.protobuf.FieldMask.verify|verify} messages.
             * @param message FieldMask message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.FieldMask.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a FieldMask message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.FieldMask & google.protobuf.FieldMask.$Shape} FieldMask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.FieldMask & google.protobuf.FieldMask.$Shape;

            /**
             * Decodes a FieldMask message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.FieldMask & google.protobuf.FieldMask.$Shape} FieldMask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.FieldMask & google.protobuf.FieldMask.$Shape;

            /**
             * Verifies a FieldMask message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a FieldMask message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns FieldMask
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.FieldMask;

            /**
             * Creates a plain object from a FieldMask message. Also converts values to other types if specified.
             * @param m FieldMask
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.FieldMask, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this FieldMask to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for FieldMask
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace FieldMask {

            /** Properties of a FieldMask. */
            interface $Properties {

                /** FieldMask paths */
                paths?: (string[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a FieldMask. */
            type $Shape = google.protobuf.FieldMask.$Properties;
        }

        /**
         * Properties of a Struct.
         * @deprecated Use google.protobuf.Struct.$Properties instead.
         */
        interface IStruct extends google.protobuf.Struct.$Properties {
        }

        /** Represents a Struct. */
        class Struct {

            /**
             * Constructs a new Struct.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.Struct.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Struct fields. */
            fields: { [k: string]: google.protobuf.Value.$Properties };

            /**
             * Creates a new Struct instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Struct instance
             */
            static create(properties: google.protobuf.Struct.$Shape): google.protobuf.Struct & google.protobuf.Struct.$Shape;
            static create(properties?: google.protobuf.Struct.$Properties): google.protobuf.Struct;

            /**
             * Encodes the specified Struct message. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @param m Struct message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.Struct.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Struct message, length delimited. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @param message Struct message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Struct.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Struct message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.Struct & google.protobuf.Struct.$Shape;

            /**
             * Decodes a Struct message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Struct & google.protobuf.Struct.$Shape;

            /**
             * Verifies a Struct message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Struct message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Struct
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.Struct;

            /**
             * Creates a plain object from a Struct message. Also converts values to other types if specified.
             * @param m Struct
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.Struct, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Struct to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Struct
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Struct {

            /** Properties of a Struct. */
            interface $Properties {

                /** Struct fields */
                fields?: ({ [k: string]: google.protobuf.Value.$Properties }|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Struct. */
            type $Shape = {
              fields?: { [k: string]: google.protobuf.Value.$Shape }|null;
              $unknowns?: Uint8Array[];
            };
        }

        /**
         * Properties of a Value.
         * @deprecated Use google.protobuf.Value.$Properties instead.
         */
        interface IValue extends google.protobuf.Value.$Properties {
        }

        /** Represents a Value. */
        class Value {

            /**
             * Constructs a new Value.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.Value.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Value nullValue. */
            nullValue?: (google.protobuf.NullValue|null);

            /** Value numberValue. */
            numberValue?: (number|null);

            /** Value stringValue. */
            stringValue?: (string|null);

            /** Value boolValue. */
            boolValue?: (boolean|null);

            /** Value structValue. */
            structValue?: (google.protobuf.Struct.$Properties|null);

            /** Value listValue. */
            listValue?: (google.protobuf.ListValue.$Properties|null);

            /** Value kind. */
            kind?: ("nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue");

            /**
             * Creates a new Value instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Value instance
             */
            static create(properties: google.protobuf.Value.$Shape): google.protobuf.Value & google.protobuf.Value.$Shape;
            static create(properties?: google.protobuf.Value.$Properties): google.protobuf.Value;

            /**
             * Encodes the specified Value message. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @param m Value message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.Value.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified Value message, length delimited. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @param message Value message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.Value.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.Value & google.protobuf.Value.$Shape;

            /**
             * Decodes a Value message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.Value & google.protobuf.Value.$Shape;

            /**
             * Verifies a Value message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a Value message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns Value
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.Value;

            /**
             * Creates a plain object from a Value message. Also converts values to other types if specified.
             * @param m Value
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.Value, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this Value to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for Value
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace Value {

            /** Properties of a Value. */
            interface $Properties {

                /** Value nullValue */
                nullValue?: (google.protobuf.NullValue|null);

                /** Value numberValue */
                numberValue?: (number|null);

                /** Value stringValue */
                stringValue?: (string|null);

                /** Value boolValue */
                boolValue?: (boolean|null);

                /** Value structValue */
                structValue?: (google.protobuf.Struct.$Properties|null);

                /** Value listValue */
                listValue?: (google.protobuf.ListValue.$Properties|null);

                /** Value kind */
                kind?: ("nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue");

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Narrowed shape of a Value. */
            type $Shape = {
              nullValue?: google.protobuf.NullValue|null;
              numberValue?: number|null;
              stringValue?: string|null;
              boolValue?: boolean|null;
              structValue?: google.protobuf.Struct.$Shape|null;
              listValue?: google.protobuf.ListValue.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "nullValue"; nullValue: google.protobuf.NullValue; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "numberValue"; nullValue?: null; numberValue: number; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "stringValue"; nullValue?: null; numberValue?: null; stringValue: string; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "boolValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue: boolean; structValue?: null; listValue?: null }|{ kind?: "structValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue: google.protobuf.Struct.$Shape; listValue?: null }|{ kind?: "listValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue: google.protobuf.ListValue.$Shape })
            );
        }

        /** NullValue enum. */
        enum NullValue {

            /** NULL_VALUE value */
            NULL_VALUE = 0
        }

        /**
         * Properties of a ListValue.
         * @deprecated Use google.protobuf.ListValue.$Properties instead.
         */
        interface IListValue extends google.protobuf.ListValue.$Properties {
        }

        /** Represents a ListValue. */
        class ListValue {

            /**
             * Constructs a new ListValue.
             * @param [p] Properties to set
             */
            constructor(p?: google.protobuf.ListValue.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ListValue values. */
            values: google.protobuf.Value.$Properties[];

            /**
             * Creates a new ListValue instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ListValue instance
             */
            static create(properties: google.protobuf.ListValue.$Shape): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
            static create(properties?: google.protobuf.ListValue.$Properties): google.protobuf.ListValue;

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @param m ListValue message or plain object to encode
             * @param [w] Writer to encode to
             * @returns Writer
             */
            static encode(m: google.protobuf.ListValue.$Properties, w?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Encodes the specified ListValue message, length delimited. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @param message ListValue message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encodeDelimited(message: google.protobuf.ListValue.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @param r Reader or buffer to decode from
             * @param [l] Message length if known beforehand
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(r: ($protobuf.Reader|Uint8Array), l?: number): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;

            /**
             * Decodes a ListValue message from the specified reader or buffer, length delimited.
             * @param reader Reader or buffer to decode from
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decodeDelimited(reader: ($protobuf.Reader|Uint8Array)): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;

            /**
             * Verifies a ListValue message.
             * @param m Plain object to verify
             * @returns `null` if valid, otherwise the reason why it is not
             */
            static verify(m: { [k: string]: any }): (string|null);

            /**
             * Creates a ListValue message from a plain object. Also converts values to their respective internal types.
             * @param d Plain object
             * @returns ListValue
             */
            static fromObject(d: { [k: string]: any }): google.protobuf.ListValue;

            /**
             * Creates a plain object from a ListValue message. Also converts values to other types if specified.
             * @param m ListValue
             * @param [o] Conversion options
             * @returns Plain object
             */
            static toObject(m: google.protobuf.ListValue, o?: $protobuf.IConversionOptions): { [k: string]: any };

            /**
             * Converts this ListValue to JSON.
             * @returns JSON object
             */
            toJSON(): { [k: string]: any };

            /**
             * Gets the type url for ListValue
             * @param [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns The type url
             */
            static getTypeUrl(prefix?: string): string;
        }

        namespace ListValue {

            /** Properties of a ListValue. */
            interface $Properties {

                /** ListValue values */
                values?: (google.protobuf.Value.$Properties[]|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ListValue. */
            type $Shape = {
              values?: google.protobuf.Value.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }
    }
}
