/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $Array = $util.global.Array, $TypeError = $util.global.TypeError, $String = $util.global.String, $Boolean = $util.global.Boolean, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const mobile = $root.mobile = (() => {

    /**
     * Namespace mobile.
     * @exports mobile
     * @namespace
     */
    const mobile = {};

    mobile.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof mobile
         * @namespace
         */
        const v1 = {};

        v1.FeedPage = (function() {

            /**
             * Properties of a FeedPage.
             * @typedef {Object} mobile.v1.FeedPage.$Properties
             * @property {Array.<mobile.v1.Change.$Properties>|null} [changes] FeedPage changes
             * @property {string|null} [nextCursor] FeedPage nextCursor
             * @property {boolean|null} [hasMore] FeedPage hasMore
             * @property {boolean|null} [mustRefetch] FeedPage mustRefetch
             * @property {number|Long|null} [position] FeedPage position
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FeedPage.
             * @memberof mobile.v1
             * @interface IFeedPage
             * @augments mobile.v1.FeedPage.$Properties
             * @deprecated Use mobile.v1.FeedPage.$Properties instead.
             */

            /**
             * Shape of a FeedPage.
             * @typedef {{
             *   changes?: Array.<mobile.v1.Change.$Shape>|null;
             *   nextCursor?: string|null;
             *   hasMore?: boolean|null;
             *   mustRefetch?: boolean|null;
             *   position?: number|Long|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} mobile.v1.FeedPage.$Shape
             */

            /**
             * Constructs a new FeedPage.
             * @memberof mobile.v1
             * @classdesc Represents a FeedPage.
             * @constructor
             * @param {mobile.v1.FeedPage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FeedPage = function (p) {
                this.changes = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * FeedPage changes.
             * @member {Array.<mobile.v1.Change.$Properties>} changes
             * @memberof mobile.v1.FeedPage
             * @instance
             */
            FeedPage.prototype.changes = $util.emptyArray;

            /**
             * FeedPage nextCursor.
             * @member {string} nextCursor
             * @memberof mobile.v1.FeedPage
             * @instance
             */
            FeedPage.prototype.nextCursor = "";

            /**
             * FeedPage hasMore.
             * @member {boolean} hasMore
             * @memberof mobile.v1.FeedPage
             * @instance
             */
            FeedPage.prototype.hasMore = false;

            /**
             * FeedPage mustRefetch.
             * @member {boolean} mustRefetch
             * @memberof mobile.v1.FeedPage
             * @instance
             */
            FeedPage.prototype.mustRefetch = false;

            /**
             * FeedPage position.
             * @member {number|Long} position
             * @memberof mobile.v1.FeedPage
             * @instance
             */
            FeedPage.prototype.position = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new FeedPage instance using the specified properties.
             * @function create
             * @memberof mobile.v1.FeedPage
             * @static
             * @param {mobile.v1.FeedPage.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.FeedPage} FeedPage instance
             * @type {{
             *   (properties: mobile.v1.FeedPage.$Shape): mobile.v1.FeedPage & mobile.v1.FeedPage.$Shape;
             *   (properties?: mobile.v1.FeedPage.$Properties): mobile.v1.FeedPage;
             * }}
             */
            FeedPage.create = function(properties) {
                return new FeedPage(properties);
            };

            /**
             * Encodes the specified FeedPage message. Does not implicitly {@link mobile.v1.FeedPage.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.FeedPage
             * @static
             * @param {mobile.v1.FeedPage.$Properties} m FeedPage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FeedPage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.changes != null && m.changes.length) {
                    for (var i = 0; i < m.changes.length; ++i)
                        $root.mobile.v1.Change.encode(m.changes[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.nextCursor != null && $Object.hasOwnProperty.call(m, "nextCursor") && m.nextCursor !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.nextCursor);
                if (m.hasMore != null && $Object.hasOwnProperty.call(m, "hasMore") && m.hasMore !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.hasMore);
                if (m.mustRefetch != null && $Object.hasOwnProperty.call(m, "mustRefetch") && m.mustRefetch !== false)
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.mustRefetch);
                if (m.position != null && $Object.hasOwnProperty.call(m, "position") && (typeof m.position === "object" ? m.position.low || m.position.high : m.position !== 0))
                    w.uint32(/* id 5, wireType 0 =*/40).int64(m.position);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified FeedPage message, length delimited. Does not implicitly {@link mobile.v1.FeedPage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.FeedPage
             * @static
             * @param {mobile.v1.FeedPage.$Properties} message FeedPage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FeedPage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FeedPage message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.FeedPage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.FeedPage & mobile.v1.FeedPage.$Shape} FeedPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FeedPage.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.FeedPage();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.changes && m.changes.length))
                                m.changes = [];
                            m.changes.push($root.mobile.v1.Change.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.nextCursor = v;
                            else
                                delete m.nextCursor;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.hasMore = v;
                            else
                                delete m.hasMore;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.mustRefetch = v;
                            else
                                delete m.mustRefetch;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.position = v;
                            else
                                delete m.position;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a FeedPage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.FeedPage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.FeedPage & mobile.v1.FeedPage.$Shape} FeedPage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FeedPage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FeedPage message.
             * @function verify
             * @memberof mobile.v1.FeedPage
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FeedPage.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.changes != null && $Object.hasOwnProperty.call(m, "changes")) {
                    if (!$Array.isArray(m.changes))
                        return "changes: array expected";
                    for (var i = 0; i < m.changes.length; ++i) {
                        {
                            var e = $root.mobile.v1.Change.verify(m.changes[i], q + 1);
                            if (e)
                                return "changes." + e;
                        }
                    }
                }
                if (m.nextCursor != null && $Object.hasOwnProperty.call(m, "nextCursor")) {
                    if (!$util.isString(m.nextCursor))
                        return "nextCursor: string expected";
                }
                if (m.hasMore != null && $Object.hasOwnProperty.call(m, "hasMore")) {
                    if (typeof m.hasMore !== "boolean")
                        return "hasMore: boolean expected";
                }
                if (m.mustRefetch != null && $Object.hasOwnProperty.call(m, "mustRefetch")) {
                    if (typeof m.mustRefetch !== "boolean")
                        return "mustRefetch: boolean expected";
                }
                if (m.position != null && $Object.hasOwnProperty.call(m, "position")) {
                    if (!$util.isInteger(m.position) && !(m.position && $util.isInteger(m.position.low) && $util.isInteger(m.position.high)))
                        return "position: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a FeedPage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.FeedPage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.FeedPage} FeedPage
             */
            FeedPage.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.FeedPage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.FeedPage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.FeedPage();
                if (d.changes) {
                    if (!$Array.isArray(d.changes))
                        throw $TypeError(".mobile.v1.FeedPage.changes: array expected");
                    m.changes = $Array(d.changes.length);
                    for (var i = 0; i < d.changes.length; ++i) {
                        if (!$util.isObject(d.changes[i]))
                            throw $TypeError(".mobile.v1.FeedPage.changes: object expected");
                        m.changes[i] = $root.mobile.v1.Change.fromObject(d.changes[i], q + 1);
                    }
                }
                if (d.nextCursor != null) {
                    if (typeof d.nextCursor !== "string" || d.nextCursor.length) {
                        m.nextCursor = $String(d.nextCursor);
                    }
                }
                if (d.hasMore != null) {
                    if (d.hasMore) {
                        m.hasMore = $Boolean(d.hasMore);
                    }
                }
                if (d.mustRefetch != null) {
                    if (d.mustRefetch) {
                        m.mustRefetch = $Boolean(d.mustRefetch);
                    }
                }
                if (d.position != null) {
                    if (typeof d.position === "object" ? d.position.low || d.position.high : $Number(d.position) !== 0) {
                        if ($util.Long)
                            m.position = $util.Long.fromValue(d.position, false);
                        else if (typeof d.position === "string")
                            m.position = $parseInt(d.position, 10);
                        else if (typeof d.position === "number")
                            m.position = d.position;
                        else if (typeof d.position === "object")
                            m.position = new $util.LongBits(d.position.low >>> 0, d.position.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a FeedPage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.FeedPage
             * @static
             * @param {mobile.v1.FeedPage} m FeedPage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FeedPage.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.changes = [];
                }
                if (o.defaults) {
                    d.nextCursor = "";
                    d.hasMore = false;
                    d.mustRefetch = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.position = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.position = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.changes && m.changes.length) {
                    d.changes = $Array(m.changes.length);
                    for (var j = 0; j < m.changes.length; ++j) {
                        d.changes[j] = $root.mobile.v1.Change.toObject(m.changes[j], o, q + 1);
                    }
                }
                if (m.nextCursor != null && $Object.hasOwnProperty.call(m, "nextCursor")) {
                    d.nextCursor = m.nextCursor;
                }
                if (m.hasMore != null && $Object.hasOwnProperty.call(m, "hasMore")) {
                    d.hasMore = m.hasMore;
                }
                if (m.mustRefetch != null && $Object.hasOwnProperty.call(m, "mustRefetch")) {
                    d.mustRefetch = m.mustRefetch;
                }
                if (m.position != null && $Object.hasOwnProperty.call(m, "position")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.position = typeof m.position === "number" ? $BigInt(m.position) : $util.Long.fromBits(m.position.low >>> 0, m.position.high >>> 0, false).toBigInt();
                    else if (typeof m.position === "number")
                        d.position = o.longs === $String ? $String(m.position) : m.position;
                    else
                        d.position = o.longs === $String ? $util.Long.prototype.toString.call(m.position) : o.longs === $Number ? new $util.LongBits(m.position.low >>> 0, m.position.high >>> 0).toNumber() : m.position;
                }
                return d;
            };

            /**
             * Converts this FeedPage to JSON.
             * @function toJSON
             * @memberof mobile.v1.FeedPage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FeedPage.prototype.toJSON = function() {
                return FeedPage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FeedPage
             * @function getTypeUrl
             * @memberof mobile.v1.FeedPage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FeedPage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.FeedPage";
            };

            return FeedPage;
        })();

        v1.Change = (function() {

            /**
             * Properties of a Change.
             * @typedef {Object} mobile.v1.Change.$Properties
             * @property {string|null} [collection] Change collection
             * @property {string|null} [id] Change id
             * @property {number|Long|null} [version] Change version
             * @property {mobile.v1.Tombstone.$Properties|null} [tombstone] Change tombstone
             * @property {mobile.v1.Profile.$Properties|null} [profile] Change profile
             * @property {mobile.v1.Device.$Properties|null} [device] Change device
             * @property {google.protobuf.Struct.$Properties|null} [document] Change document
             * @property {mobile.v1.InboxNotification.$Properties|null} [notification] Change notification
             * @property {mobile.v1.NotificationBadge.$Properties|null} [notificationBadge] Change notificationBadge
             * @property {mobile.v1.Conversation.$Properties|null} [conversation] Change conversation
             * @property {mobile.v1.ChatMessage.$Properties|null} [chatMessage] Change chatMessage
             * @property {google.protobuf.FieldMask.$Properties|null} [updateMask] Change updateMask
             * @property {"tombstone"|"profile"|"device"|"document"|"notification"|"notificationBadge"|"conversation"|"chatMessage"} [body] Change body
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Change.
             * @memberof mobile.v1
             * @interface IChange
             * @augments mobile.v1.Change.$Properties
             * @deprecated Use mobile.v1.Change.$Properties instead.
             */

            /**
             * Narrowed shape of a Change.
             * @typedef {{
             *   collection?: string|null;
             *   id?: string|null;
             *   version?: number|Long|null;
             *   tombstone?: mobile.v1.Tombstone.$Shape|null;
             *   profile?: mobile.v1.Profile.$Shape|null;
             *   device?: mobile.v1.Device.$Shape|null;
             *   document?: google.protobuf.Struct.$Shape|null;
             *   notification?: mobile.v1.InboxNotification.$Shape|null;
             *   notificationBadge?: mobile.v1.NotificationBadge.$Shape|null;
             *   conversation?: mobile.v1.Conversation.$Shape|null;
             *   chatMessage?: mobile.v1.ChatMessage.$Shape|null;
             *   updateMask?: google.protobuf.FieldMask.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; tombstone?: null; profile?: null; device?: null; document?: null; notification?: null; notificationBadge?: null; conversation?: null; chatMessage?: null }|{ body?: "tombstone"; tombstone: mobile.v1.Tombstone.$Shape; profile?: null; device?: null; document?: null; notification?: null; notificationBadge?: null; conversation?: null; chatMessage?: null }|{ body?: "profile"; tombstone?: null; profile: mobile.v1.Profile.$Shape; device?: null; document?: null; notification?: null; notificationBadge?: null; conversation?: null; chatMessage?: null }|{ body?: "device"; tombstone?: null; profile?: null; device: mobile.v1.Device.$Shape; document?: null; notification?: null; notificationBadge?: null; conversation?: null; chatMessage?: null }|{ body?: "document"; tombstone?: null; profile?: null; device?: null; document: google.protobuf.Struct.$Shape; notification?: null; notificationBadge?: null; conversation?: null; chatMessage?: null }|{ body?: "notification"; tombstone?: null; profile?: null; device?: null; document?: null; notification: mobile.v1.InboxNotification.$Shape; notificationBadge?: null; conversation?: null; chatMessage?: null }|{ body?: "notificationBadge"; tombstone?: null; profile?: null; device?: null; document?: null; notification?: null; notificationBadge: mobile.v1.NotificationBadge.$Shape; conversation?: null; chatMessage?: null }|{ body?: "conversation"; tombstone?: null; profile?: null; device?: null; document?: null; notification?: null; notificationBadge?: null; conversation: mobile.v1.Conversation.$Shape; chatMessage?: null }|{ body?: "chatMessage"; tombstone?: null; profile?: null; device?: null; document?: null; notification?: null; notificationBadge?: null; conversation?: null; chatMessage: mobile.v1.ChatMessage.$Shape })
             * )} mobile.v1.Change.$Shape
             */

            /**
             * Constructs a new Change.
             * @memberof mobile.v1
             * @classdesc Represents a Change.
             * @constructor
             * @param {mobile.v1.Change.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Change = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Change collection.
             * @member {string} collection
             * @memberof mobile.v1.Change
             * @instance
             */
            Change.prototype.collection = "";

            /**
             * Change id.
             * @member {string} id
             * @memberof mobile.v1.Change
             * @instance
             */
            Change.prototype.id = "";

            /**
             * Change version.
             * @member {number|Long} version
             * @memberof mobile.v1.Change
             * @instance
             */
            Change.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Change tombstone.
             * @member {mobile.v1.Tombstone.$Properties|null|undefined} tombstone
             * @memberof mobile.v1.Change
             * @instance
             */
            Change.prototype.tombstone = null;

            /**
             * Change profile.
             * @member {mobile.v1.Profile.$Properties|null|undefined} profile
             * @memberof mobile.v1.Change
             * @instance
             */
            Change.prototype.profile = null;

            /**
             * Change device.
             * @member {mobile.v1.Device.$Properties|null|undefined} device
             * @memberof mobile.v1.Change
             * @instance
             */
            Change.prototype.device = null;

            /**
             * Change document.
             * @member {google.protobuf.Struct.$Properties|null|undefined} document
             * @memberof mobile.v1.Change
             * @instance
             */
            Change.prototype.document = null;

            /**
             * Change notification.
             * @member {mobile.v1.InboxNotification.$Properties|null|undefined} notification
             * @memberof mobile.v1.Change
             * @instance
             */
            Change.prototype.notification = null;

            /**
             * Change notificationBadge.
             * @member {mobile.v1.NotificationBadge.$Properties|null|undefined} notificationBadge
             * @memberof mobile.v1.Change
             * @instance
             */
            Change.prototype.notificationBadge = null;

            /**
             * Change conversation.
             * @member {mobile.v1.Conversation.$Properties|null|undefined} conversation
             * @memberof mobile.v1.Change
             * @instance
             */
            Change.prototype.conversation = null;

            /**
             * Change chatMessage.
             * @member {mobile.v1.ChatMessage.$Properties|null|undefined} chatMessage
             * @memberof mobile.v1.Change
             * @instance
             */
            Change.prototype.chatMessage = null;

            /**
             * Change updateMask.
             * @member {google.protobuf.FieldMask.$Properties|null|undefined} updateMask
             * @memberof mobile.v1.Change
             * @instance
             */
            Change.prototype.updateMask = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Change body.
             * @member {"tombstone"|"profile"|"device"|"document"|"notification"|"notificationBadge"|"conversation"|"chatMessage"|undefined} body
             * @memberof mobile.v1.Change
             * @instance
             */
            $Object.defineProperty(Change.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["tombstone", "profile", "device", "document", "notification", "notificationBadge", "conversation", "chatMessage"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Change instance using the specified properties.
             * @function create
             * @memberof mobile.v1.Change
             * @static
             * @param {mobile.v1.Change.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.Change} Change instance
             * @type {{
             *   (properties: mobile.v1.Change.$Shape): mobile.v1.Change & mobile.v1.Change.$Shape;
             *   (properties?: mobile.v1.Change.$Properties): mobile.v1.Change;
             * }}
             */
            Change.create = function(properties) {
                return new Change(properties);
            };

            /**
             * Encodes the specified Change message. Does not implicitly {@link mobile.v1.Change.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.Change
             * @static
             * @param {mobile.v1.Change.$Properties} m Change message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Change.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.collection != null && $Object.hasOwnProperty.call(m, "collection") && m.collection !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.collection);
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.id);
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.version);
                if (m.tombstone != null && $Object.hasOwnProperty.call(m, "tombstone"))
                    $root.mobile.v1.Tombstone.encode(m.tombstone, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.profile != null && $Object.hasOwnProperty.call(m, "profile"))
                    $root.mobile.v1.Profile.encode(m.profile, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.device != null && $Object.hasOwnProperty.call(m, "device"))
                    $root.mobile.v1.Device.encode(m.device, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.document != null && $Object.hasOwnProperty.call(m, "document"))
                    $root.google.protobuf.Struct.encode(m.document, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (m.updateMask != null && $Object.hasOwnProperty.call(m, "updateMask"))
                    $root.google.protobuf.FieldMask.encode(m.updateMask, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.notification != null && $Object.hasOwnProperty.call(m, "notification"))
                    $root.mobile.v1.InboxNotification.encode(m.notification, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (m.notificationBadge != null && $Object.hasOwnProperty.call(m, "notificationBadge"))
                    $root.mobile.v1.NotificationBadge.encode(m.notificationBadge, w.uint32(/* id 10, wireType 2 =*/82).fork(), q + 1).ldelim();
                if (m.conversation != null && $Object.hasOwnProperty.call(m, "conversation"))
                    $root.mobile.v1.Conversation.encode(m.conversation, w.uint32(/* id 11, wireType 2 =*/90).fork(), q + 1).ldelim();
                if (m.chatMessage != null && $Object.hasOwnProperty.call(m, "chatMessage"))
                    $root.mobile.v1.ChatMessage.encode(m.chatMessage, w.uint32(/* id 12, wireType 2 =*/98).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Change message, length delimited. Does not implicitly {@link mobile.v1.Change.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.Change
             * @static
             * @param {mobile.v1.Change.$Properties} message Change message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Change.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Change message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.Change
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.Change & mobile.v1.Change.$Shape} Change
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Change.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.Change();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.collection = v;
                            else
                                delete m.collection;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.tombstone = $root.mobile.v1.Tombstone.decode(r, r.size(), $undefined, q + 1, m.tombstone);
                            m.body = "tombstone";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.profile = $root.mobile.v1.Profile.decode(r, r.size(), $undefined, q + 1, m.profile);
                            m.body = "profile";
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.device = $root.mobile.v1.Device.decode(r, r.size(), $undefined, q + 1, m.device);
                            m.body = "device";
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.document = $root.google.protobuf.Struct.decode(r, r.size(), $undefined, q + 1, m.document);
                            m.body = "document";
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            m.notification = $root.mobile.v1.InboxNotification.decode(r, r.size(), $undefined, q + 1, m.notification);
                            m.body = "notification";
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            m.notificationBadge = $root.mobile.v1.NotificationBadge.decode(r, r.size(), $undefined, q + 1, m.notificationBadge);
                            m.body = "notificationBadge";
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            m.conversation = $root.mobile.v1.Conversation.decode(r, r.size(), $undefined, q + 1, m.conversation);
                            m.body = "conversation";
                            continue;
                        }
                    case 12: {
                            if (u !== 2)
                                break;
                            m.chatMessage = $root.mobile.v1.ChatMessage.decode(r, r.size(), $undefined, q + 1, m.chatMessage);
                            m.body = "chatMessage";
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.updateMask = $root.google.protobuf.FieldMask.decode(r, r.size(), $undefined, q + 1, m.updateMask);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Change message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.Change
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.Change & mobile.v1.Change.$Shape} Change
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Change.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Change message.
             * @function verify
             * @memberof mobile.v1.Change
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Change.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.collection != null && $Object.hasOwnProperty.call(m, "collection")) {
                    if (!$util.isString(m.collection))
                        return "collection: string expected";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isString(m.id))
                        return "id: string expected";
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isInteger(m.version) && !(m.version && $util.isInteger(m.version.low) && $util.isInteger(m.version.high)))
                        return "version: integer|Long expected";
                }
                if (m.tombstone != null && $Object.hasOwnProperty.call(m, "tombstone")) {
                    p.body = 1;
                    {
                        var e = $root.mobile.v1.Tombstone.verify(m.tombstone, q + 1);
                        if (e)
                            return "tombstone." + e;
                    }
                }
                if (m.profile != null && $Object.hasOwnProperty.call(m, "profile")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.mobile.v1.Profile.verify(m.profile, q + 1);
                        if (e)
                            return "profile." + e;
                    }
                }
                if (m.device != null && $Object.hasOwnProperty.call(m, "device")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.mobile.v1.Device.verify(m.device, q + 1);
                        if (e)
                            return "device." + e;
                    }
                }
                if (m.document != null && $Object.hasOwnProperty.call(m, "document")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.google.protobuf.Struct.verify(m.document, q + 1);
                        if (e)
                            return "document." + e;
                    }
                }
                if (m.notification != null && $Object.hasOwnProperty.call(m, "notification")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.mobile.v1.InboxNotification.verify(m.notification, q + 1);
                        if (e)
                            return "notification." + e;
                    }
                }
                if (m.notificationBadge != null && $Object.hasOwnProperty.call(m, "notificationBadge")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.mobile.v1.NotificationBadge.verify(m.notificationBadge, q + 1);
                        if (e)
                            return "notificationBadge." + e;
                    }
                }
                if (m.conversation != null && $Object.hasOwnProperty.call(m, "conversation")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.mobile.v1.Conversation.verify(m.conversation, q + 1);
                        if (e)
                            return "conversation." + e;
                    }
                }
                if (m.chatMessage != null && $Object.hasOwnProperty.call(m, "chatMessage")) {
                    if (p.body === 1)
                        return "body: multiple values";
                    p.body = 1;
                    {
                        var e = $root.mobile.v1.ChatMessage.verify(m.chatMessage, q + 1);
                        if (e)
                            return "chatMessage." + e;
                    }
                }
                if (m.updateMask != null && $Object.hasOwnProperty.call(m, "updateMask")) {
                    {
                        var e = $root.google.protobuf.FieldMask.verify(m.updateMask, q + 1);
                        if (e)
                            return "updateMask." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a Change message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.Change
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.Change} Change
             */
            Change.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.Change)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.Change: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.Change();
                if (d.collection != null) {
                    if (typeof d.collection !== "string" || d.collection.length) {
                        m.collection = $String(d.collection);
                    }
                }
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.version != null) {
                    if (typeof d.version === "object" ? d.version.low || d.version.high : $Number(d.version) !== 0) {
                        if ($util.Long)
                            m.version = $util.Long.fromValue(d.version, false);
                        else if (typeof d.version === "string")
                            m.version = $parseInt(d.version, 10);
                        else if (typeof d.version === "number")
                            m.version = d.version;
                        else if (typeof d.version === "object")
                            m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber();
                    }
                }
                if (d.tombstone != null) {
                    if (!$util.isObject(d.tombstone))
                        throw $TypeError(".mobile.v1.Change.tombstone: object expected");
                    m.tombstone = $root.mobile.v1.Tombstone.fromObject(d.tombstone, q + 1);
                }
                if (d.profile != null) {
                    if (!$util.isObject(d.profile))
                        throw $TypeError(".mobile.v1.Change.profile: object expected");
                    m.profile = $root.mobile.v1.Profile.fromObject(d.profile, q + 1);
                }
                if (d.device != null) {
                    if (!$util.isObject(d.device))
                        throw $TypeError(".mobile.v1.Change.device: object expected");
                    m.device = $root.mobile.v1.Device.fromObject(d.device, q + 1);
                }
                if (d.document != null) {
                    if (!$util.isObject(d.document))
                        throw $TypeError(".mobile.v1.Change.document: object expected");
                    m.document = $root.google.protobuf.Struct.fromObject(d.document, q + 1);
                }
                if (d.notification != null) {
                    if (!$util.isObject(d.notification))
                        throw $TypeError(".mobile.v1.Change.notification: object expected");
                    m.notification = $root.mobile.v1.InboxNotification.fromObject(d.notification, q + 1);
                }
                if (d.notificationBadge != null) {
                    if (!$util.isObject(d.notificationBadge))
                        throw $TypeError(".mobile.v1.Change.notificationBadge: object expected");
                    m.notificationBadge = $root.mobile.v1.NotificationBadge.fromObject(d.notificationBadge, q + 1);
                }
                if (d.conversation != null) {
                    if (!$util.isObject(d.conversation))
                        throw $TypeError(".mobile.v1.Change.conversation: object expected");
                    m.conversation = $root.mobile.v1.Conversation.fromObject(d.conversation, q + 1);
                }
                if (d.chatMessage != null) {
                    if (!$util.isObject(d.chatMessage))
                        throw $TypeError(".mobile.v1.Change.chatMessage: object expected");
                    m.chatMessage = $root.mobile.v1.ChatMessage.fromObject(d.chatMessage, q + 1);
                }
                if (d.updateMask != null) {
                    if (!$util.isObject(d.updateMask))
                        throw $TypeError(".mobile.v1.Change.updateMask: object expected");
                    m.updateMask = $root.google.protobuf.FieldMask.fromObject(d.updateMask, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Change message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.Change
             * @static
             * @param {mobile.v1.Change} m Change
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Change.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.collection = "";
                    d.id = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.updateMask = null;
                }
                if (m.collection != null && $Object.hasOwnProperty.call(m, "collection")) {
                    d.collection = m.collection;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, false).toBigInt();
                    else if (typeof m.version === "number")
                        d.version = o.longs === $String ? $String(m.version) : m.version;
                    else
                        d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber() : m.version;
                }
                if (m.tombstone != null && $Object.hasOwnProperty.call(m, "tombstone")) {
                    d.tombstone = $root.mobile.v1.Tombstone.toObject(m.tombstone, o, q + 1);
                    if (o.oneofs)
                        d.body = "tombstone";
                }
                if (m.profile != null && $Object.hasOwnProperty.call(m, "profile")) {
                    d.profile = $root.mobile.v1.Profile.toObject(m.profile, o, q + 1);
                    if (o.oneofs)
                        d.body = "profile";
                }
                if (m.device != null && $Object.hasOwnProperty.call(m, "device")) {
                    d.device = $root.mobile.v1.Device.toObject(m.device, o, q + 1);
                    if (o.oneofs)
                        d.body = "device";
                }
                if (m.document != null && $Object.hasOwnProperty.call(m, "document")) {
                    d.document = $root.google.protobuf.Struct.toObject(m.document, o, q + 1);
                    if (o.oneofs)
                        d.body = "document";
                }
                if (m.updateMask != null && $Object.hasOwnProperty.call(m, "updateMask")) {
                    d.updateMask = $root.google.protobuf.FieldMask.toObject(m.updateMask, o, q + 1);
                }
                if (m.notification != null && $Object.hasOwnProperty.call(m, "notification")) {
                    d.notification = $root.mobile.v1.InboxNotification.toObject(m.notification, o, q + 1);
                    if (o.oneofs)
                        d.body = "notification";
                }
                if (m.notificationBadge != null && $Object.hasOwnProperty.call(m, "notificationBadge")) {
                    d.notificationBadge = $root.mobile.v1.NotificationBadge.toObject(m.notificationBadge, o, q + 1);
                    if (o.oneofs)
                        d.body = "notificationBadge";
                }
                if (m.conversation != null && $Object.hasOwnProperty.call(m, "conversation")) {
                    d.conversation = $root.mobile.v1.Conversation.toObject(m.conversation, o, q + 1);
                    if (o.oneofs)
                        d.body = "conversation";
                }
                if (m.chatMessage != null && $Object.hasOwnProperty.call(m, "chatMessage")) {
                    d.chatMessage = $root.mobile.v1.ChatMessage.toObject(m.chatMessage, o, q + 1);
                    if (o.oneofs)
                        d.body = "chatMessage";
                }
                return d;
            };

            /**
             * Converts this Change to JSON.
             * @function toJSON
             * @memberof mobile.v1.Change
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Change.prototype.toJSON = function() {
                return Change.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Change
             * @function getTypeUrl
             * @memberof mobile.v1.Change
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Change.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.Change";
            };

            return Change;
        })();

        v1.Tombstone = (function() {

            /**
             * Properties of a Tombstone.
             * @typedef {Object} mobile.v1.Tombstone.$Properties
             * @property {string|null} [deletedAt] Tombstone deletedAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Tombstone.
             * @memberof mobile.v1
             * @interface ITombstone
             * @augments mobile.v1.Tombstone.$Properties
             * @deprecated Use mobile.v1.Tombstone.$Properties instead.
             */

            /**
             * Shape of a Tombstone.
             * @typedef {mobile.v1.Tombstone.$Properties} mobile.v1.Tombstone.$Shape
             */

            /**
             * Constructs a new Tombstone.
             * @memberof mobile.v1
             * @classdesc Represents a Tombstone.
             * @constructor
             * @param {mobile.v1.Tombstone.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Tombstone = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Tombstone deletedAt.
             * @member {string} deletedAt
             * @memberof mobile.v1.Tombstone
             * @instance
             */
            Tombstone.prototype.deletedAt = "";

            /**
             * Creates a new Tombstone instance using the specified properties.
             * @function create
             * @memberof mobile.v1.Tombstone
             * @static
             * @param {mobile.v1.Tombstone.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.Tombstone} Tombstone instance
             * @type {{
             *   (properties: mobile.v1.Tombstone.$Shape): mobile.v1.Tombstone & mobile.v1.Tombstone.$Shape;
             *   (properties?: mobile.v1.Tombstone.$Properties): mobile.v1.Tombstone;
             * }}
             */
            Tombstone.create = function(properties) {
                return new Tombstone(properties);
            };

            /**
             * Encodes the specified Tombstone message. Does not implicitly {@link mobile.v1.Tombstone.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.Tombstone
             * @static
             * @param {mobile.v1.Tombstone.$Properties} m Tombstone message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Tombstone.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.deletedAt != null && $Object.hasOwnProperty.call(m, "deletedAt") && m.deletedAt !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.deletedAt);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Tombstone message, length delimited. Does not implicitly {@link mobile.v1.Tombstone.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.Tombstone
             * @static
             * @param {mobile.v1.Tombstone.$Properties} message Tombstone message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Tombstone.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Tombstone message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.Tombstone
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.Tombstone & mobile.v1.Tombstone.$Shape} Tombstone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Tombstone.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.Tombstone();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deletedAt = v;
                            else
                                delete m.deletedAt;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Tombstone message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.Tombstone
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.Tombstone & mobile.v1.Tombstone.$Shape} Tombstone
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Tombstone.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Tombstone message.
             * @function verify
             * @memberof mobile.v1.Tombstone
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Tombstone.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.deletedAt != null && $Object.hasOwnProperty.call(m, "deletedAt")) {
                    if (!$util.isString(m.deletedAt))
                        return "deletedAt: string expected";
                }
                return null;
            };

            /**
             * Creates a Tombstone message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.Tombstone
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.Tombstone} Tombstone
             */
            Tombstone.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.Tombstone)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.Tombstone: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.Tombstone();
                if (d.deletedAt != null) {
                    if (typeof d.deletedAt !== "string" || d.deletedAt.length) {
                        m.deletedAt = $String(d.deletedAt);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Tombstone message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.Tombstone
             * @static
             * @param {mobile.v1.Tombstone} m Tombstone
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Tombstone.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.deletedAt = "";
                }
                if (m.deletedAt != null && $Object.hasOwnProperty.call(m, "deletedAt")) {
                    d.deletedAt = m.deletedAt;
                }
                return d;
            };

            /**
             * Converts this Tombstone to JSON.
             * @function toJSON
             * @memberof mobile.v1.Tombstone
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Tombstone.prototype.toJSON = function() {
                return Tombstone.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Tombstone
             * @function getTypeUrl
             * @memberof mobile.v1.Tombstone
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Tombstone.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.Tombstone";
            };

            return Tombstone;
        })();

        v1.Profile = (function() {

            /**
             * Properties of a Profile.
             * @typedef {Object} mobile.v1.Profile.$Properties
             * @property {string|null} [id] Profile id
             * @property {string|null} [email] Profile email
             * @property {string|null} [displayName] Profile displayName
             * @property {string|null} [createdAt] Profile createdAt
             * @property {boolean|null} [emailVerified] Profile emailVerified
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Profile.
             * @memberof mobile.v1
             * @interface IProfile
             * @augments mobile.v1.Profile.$Properties
             * @deprecated Use mobile.v1.Profile.$Properties instead.
             */

            /**
             * Shape of a Profile.
             * @typedef {mobile.v1.Profile.$Properties} mobile.v1.Profile.$Shape
             */

            /**
             * Constructs a new Profile.
             * @memberof mobile.v1
             * @classdesc Represents a Profile.
             * @constructor
             * @param {mobile.v1.Profile.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Profile = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Profile id.
             * @member {string} id
             * @memberof mobile.v1.Profile
             * @instance
             */
            Profile.prototype.id = "";

            /**
             * Profile email.
             * @member {string} email
             * @memberof mobile.v1.Profile
             * @instance
             */
            Profile.prototype.email = "";

            /**
             * Profile displayName.
             * @member {string} displayName
             * @memberof mobile.v1.Profile
             * @instance
             */
            Profile.prototype.displayName = "";

            /**
             * Profile createdAt.
             * @member {string} createdAt
             * @memberof mobile.v1.Profile
             * @instance
             */
            Profile.prototype.createdAt = "";

            /**
             * Profile emailVerified.
             * @member {boolean} emailVerified
             * @memberof mobile.v1.Profile
             * @instance
             */
            Profile.prototype.emailVerified = false;

            /**
             * Creates a new Profile instance using the specified properties.
             * @function create
             * @memberof mobile.v1.Profile
             * @static
             * @param {mobile.v1.Profile.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.Profile} Profile instance
             * @type {{
             *   (properties: mobile.v1.Profile.$Shape): mobile.v1.Profile & mobile.v1.Profile.$Shape;
             *   (properties?: mobile.v1.Profile.$Properties): mobile.v1.Profile;
             * }}
             */
            Profile.create = function(properties) {
                return new Profile(properties);
            };

            /**
             * Encodes the specified Profile message. Does not implicitly {@link mobile.v1.Profile.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.Profile
             * @static
             * @param {mobile.v1.Profile.$Properties} m Profile message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Profile.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.email != null && $Object.hasOwnProperty.call(m, "email") && m.email !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.email);
                if (m.displayName != null && $Object.hasOwnProperty.call(m, "displayName") && m.displayName !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.displayName);
                if (m.createdAt != null && $Object.hasOwnProperty.call(m, "createdAt") && m.createdAt !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.createdAt);
                if (m.emailVerified != null && $Object.hasOwnProperty.call(m, "emailVerified") && m.emailVerified !== false)
                    w.uint32(/* id 5, wireType 0 =*/40).bool(m.emailVerified);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Profile message, length delimited. Does not implicitly {@link mobile.v1.Profile.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.Profile
             * @static
             * @param {mobile.v1.Profile.$Properties} message Profile message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Profile.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Profile message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.Profile
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.Profile & mobile.v1.Profile.$Shape} Profile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Profile.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.Profile();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.email = v;
                            else
                                delete m.email;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.displayName = v;
                            else
                                delete m.displayName;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.createdAt = v;
                            else
                                delete m.createdAt;
                            continue;
                        }
                    case 5: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.emailVerified = v;
                            else
                                delete m.emailVerified;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Profile message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.Profile
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.Profile & mobile.v1.Profile.$Shape} Profile
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Profile.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Profile message.
             * @function verify
             * @memberof mobile.v1.Profile
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Profile.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isString(m.id))
                        return "id: string expected";
                }
                if (m.email != null && $Object.hasOwnProperty.call(m, "email")) {
                    if (!$util.isString(m.email))
                        return "email: string expected";
                }
                if (m.displayName != null && $Object.hasOwnProperty.call(m, "displayName")) {
                    if (!$util.isString(m.displayName))
                        return "displayName: string expected";
                }
                if (m.createdAt != null && $Object.hasOwnProperty.call(m, "createdAt")) {
                    if (!$util.isString(m.createdAt))
                        return "createdAt: string expected";
                }
                if (m.emailVerified != null && $Object.hasOwnProperty.call(m, "emailVerified")) {
                    if (typeof m.emailVerified !== "boolean")
                        return "emailVerified: boolean expected";
                }
                return null;
            };

            /**
             * Creates a Profile message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.Profile
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.Profile} Profile
             */
            Profile.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.Profile)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.Profile: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.Profile();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.email != null) {
                    if (typeof d.email !== "string" || d.email.length) {
                        m.email = $String(d.email);
                    }
                }
                if (d.displayName != null) {
                    if (typeof d.displayName !== "string" || d.displayName.length) {
                        m.displayName = $String(d.displayName);
                    }
                }
                if (d.createdAt != null) {
                    if (typeof d.createdAt !== "string" || d.createdAt.length) {
                        m.createdAt = $String(d.createdAt);
                    }
                }
                if (d.emailVerified != null) {
                    if (d.emailVerified) {
                        m.emailVerified = $Boolean(d.emailVerified);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Profile message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.Profile
             * @static
             * @param {mobile.v1.Profile} m Profile
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Profile.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = "";
                    d.email = "";
                    d.displayName = "";
                    d.createdAt = "";
                    d.emailVerified = false;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.email != null && $Object.hasOwnProperty.call(m, "email")) {
                    d.email = m.email;
                }
                if (m.displayName != null && $Object.hasOwnProperty.call(m, "displayName")) {
                    d.displayName = m.displayName;
                }
                if (m.createdAt != null && $Object.hasOwnProperty.call(m, "createdAt")) {
                    d.createdAt = m.createdAt;
                }
                if (m.emailVerified != null && $Object.hasOwnProperty.call(m, "emailVerified")) {
                    d.emailVerified = m.emailVerified;
                }
                return d;
            };

            /**
             * Converts this Profile to JSON.
             * @function toJSON
             * @memberof mobile.v1.Profile
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Profile.prototype.toJSON = function() {
                return Profile.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Profile
             * @function getTypeUrl
             * @memberof mobile.v1.Profile
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Profile.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.Profile";
            };

            return Profile;
        })();

        v1.Device = (function() {

            /**
             * Properties of a Device.
             * @typedef {Object} mobile.v1.Device.$Properties
             * @property {string|null} [id] Device id
             * @property {string|null} [platform] Device platform
             * @property {string|null} [pushToken] Device pushToken
             * @property {string|null} [appVersion] Device appVersion
             * @property {string|null} [locale] Device locale
             * @property {string|null} [timezone] Device timezone
             * @property {string|null} [registeredAt] Device registeredAt
             * @property {string|null} [updatedAt] Device updatedAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Device.
             * @memberof mobile.v1
             * @interface IDevice
             * @augments mobile.v1.Device.$Properties
             * @deprecated Use mobile.v1.Device.$Properties instead.
             */

            /**
             * Shape of a Device.
             * @typedef {mobile.v1.Device.$Properties} mobile.v1.Device.$Shape
             */

            /**
             * Constructs a new Device.
             * @memberof mobile.v1
             * @classdesc Represents a Device.
             * @constructor
             * @param {mobile.v1.Device.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Device = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Device id.
             * @member {string} id
             * @memberof mobile.v1.Device
             * @instance
             */
            Device.prototype.id = "";

            /**
             * Device platform.
             * @member {string} platform
             * @memberof mobile.v1.Device
             * @instance
             */
            Device.prototype.platform = "";

            /**
             * Device pushToken.
             * @member {string} pushToken
             * @memberof mobile.v1.Device
             * @instance
             */
            Device.prototype.pushToken = "";

            /**
             * Device appVersion.
             * @member {string} appVersion
             * @memberof mobile.v1.Device
             * @instance
             */
            Device.prototype.appVersion = "";

            /**
             * Device locale.
             * @member {string} locale
             * @memberof mobile.v1.Device
             * @instance
             */
            Device.prototype.locale = "";

            /**
             * Device timezone.
             * @member {string} timezone
             * @memberof mobile.v1.Device
             * @instance
             */
            Device.prototype.timezone = "";

            /**
             * Device registeredAt.
             * @member {string} registeredAt
             * @memberof mobile.v1.Device
             * @instance
             */
            Device.prototype.registeredAt = "";

            /**
             * Device updatedAt.
             * @member {string} updatedAt
             * @memberof mobile.v1.Device
             * @instance
             */
            Device.prototype.updatedAt = "";

            /**
             * Creates a new Device instance using the specified properties.
             * @function create
             * @memberof mobile.v1.Device
             * @static
             * @param {mobile.v1.Device.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.Device} Device instance
             * @type {{
             *   (properties: mobile.v1.Device.$Shape): mobile.v1.Device & mobile.v1.Device.$Shape;
             *   (properties?: mobile.v1.Device.$Properties): mobile.v1.Device;
             * }}
             */
            Device.create = function(properties) {
                return new Device(properties);
            };

            /**
             * Encodes the specified Device message. Does not implicitly {@link mobile.v1.Device.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.Device
             * @static
             * @param {mobile.v1.Device.$Properties} m Device message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Device.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.platform != null && $Object.hasOwnProperty.call(m, "platform") && m.platform !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.platform);
                if (m.pushToken != null && $Object.hasOwnProperty.call(m, "pushToken") && m.pushToken !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.pushToken);
                if (m.appVersion != null && $Object.hasOwnProperty.call(m, "appVersion") && m.appVersion !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.appVersion);
                if (m.locale != null && $Object.hasOwnProperty.call(m, "locale") && m.locale !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.locale);
                if (m.timezone != null && $Object.hasOwnProperty.call(m, "timezone") && m.timezone !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.timezone);
                if (m.registeredAt != null && $Object.hasOwnProperty.call(m, "registeredAt") && m.registeredAt !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.registeredAt);
                if (m.updatedAt != null && $Object.hasOwnProperty.call(m, "updatedAt") && m.updatedAt !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.updatedAt);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Device message, length delimited. Does not implicitly {@link mobile.v1.Device.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.Device
             * @static
             * @param {mobile.v1.Device.$Properties} message Device message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Device.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Device message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.Device
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.Device & mobile.v1.Device.$Shape} Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Device.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.Device();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.platform = v;
                            else
                                delete m.platform;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.pushToken = v;
                            else
                                delete m.pushToken;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.appVersion = v;
                            else
                                delete m.appVersion;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.locale = v;
                            else
                                delete m.locale;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.timezone = v;
                            else
                                delete m.timezone;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.registeredAt = v;
                            else
                                delete m.registeredAt;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.updatedAt = v;
                            else
                                delete m.updatedAt;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Device message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.Device
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.Device & mobile.v1.Device.$Shape} Device
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Device.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Device message.
             * @function verify
             * @memberof mobile.v1.Device
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Device.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isString(m.id))
                        return "id: string expected";
                }
                if (m.platform != null && $Object.hasOwnProperty.call(m, "platform")) {
                    if (!$util.isString(m.platform))
                        return "platform: string expected";
                }
                if (m.pushToken != null && $Object.hasOwnProperty.call(m, "pushToken")) {
                    if (!$util.isString(m.pushToken))
                        return "pushToken: string expected";
                }
                if (m.appVersion != null && $Object.hasOwnProperty.call(m, "appVersion")) {
                    if (!$util.isString(m.appVersion))
                        return "appVersion: string expected";
                }
                if (m.locale != null && $Object.hasOwnProperty.call(m, "locale")) {
                    if (!$util.isString(m.locale))
                        return "locale: string expected";
                }
                if (m.timezone != null && $Object.hasOwnProperty.call(m, "timezone")) {
                    if (!$util.isString(m.timezone))
                        return "timezone: string expected";
                }
                if (m.registeredAt != null && $Object.hasOwnProperty.call(m, "registeredAt")) {
                    if (!$util.isString(m.registeredAt))
                        return "registeredAt: string expected";
                }
                if (m.updatedAt != null && $Object.hasOwnProperty.call(m, "updatedAt")) {
                    if (!$util.isString(m.updatedAt))
                        return "updatedAt: string expected";
                }
                return null;
            };

            /**
             * Creates a Device message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.Device
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.Device} Device
             */
            Device.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.Device)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.Device: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.Device();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.platform != null) {
                    if (typeof d.platform !== "string" || d.platform.length) {
                        m.platform = $String(d.platform);
                    }
                }
                if (d.pushToken != null) {
                    if (typeof d.pushToken !== "string" || d.pushToken.length) {
                        m.pushToken = $String(d.pushToken);
                    }
                }
                if (d.appVersion != null) {
                    if (typeof d.appVersion !== "string" || d.appVersion.length) {
                        m.appVersion = $String(d.appVersion);
                    }
                }
                if (d.locale != null) {
                    if (typeof d.locale !== "string" || d.locale.length) {
                        m.locale = $String(d.locale);
                    }
                }
                if (d.timezone != null) {
                    if (typeof d.timezone !== "string" || d.timezone.length) {
                        m.timezone = $String(d.timezone);
                    }
                }
                if (d.registeredAt != null) {
                    if (typeof d.registeredAt !== "string" || d.registeredAt.length) {
                        m.registeredAt = $String(d.registeredAt);
                    }
                }
                if (d.updatedAt != null) {
                    if (typeof d.updatedAt !== "string" || d.updatedAt.length) {
                        m.updatedAt = $String(d.updatedAt);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Device message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.Device
             * @static
             * @param {mobile.v1.Device} m Device
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Device.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = "";
                    d.platform = "";
                    d.pushToken = "";
                    d.appVersion = "";
                    d.locale = "";
                    d.timezone = "";
                    d.registeredAt = "";
                    d.updatedAt = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.platform != null && $Object.hasOwnProperty.call(m, "platform")) {
                    d.platform = m.platform;
                }
                if (m.pushToken != null && $Object.hasOwnProperty.call(m, "pushToken")) {
                    d.pushToken = m.pushToken;
                }
                if (m.appVersion != null && $Object.hasOwnProperty.call(m, "appVersion")) {
                    d.appVersion = m.appVersion;
                }
                if (m.locale != null && $Object.hasOwnProperty.call(m, "locale")) {
                    d.locale = m.locale;
                }
                if (m.timezone != null && $Object.hasOwnProperty.call(m, "timezone")) {
                    d.timezone = m.timezone;
                }
                if (m.registeredAt != null && $Object.hasOwnProperty.call(m, "registeredAt")) {
                    d.registeredAt = m.registeredAt;
                }
                if (m.updatedAt != null && $Object.hasOwnProperty.call(m, "updatedAt")) {
                    d.updatedAt = m.updatedAt;
                }
                return d;
            };

            /**
             * Converts this Device to JSON.
             * @function toJSON
             * @memberof mobile.v1.Device
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Device.prototype.toJSON = function() {
                return Device.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Device
             * @function getTypeUrl
             * @memberof mobile.v1.Device
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Device.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.Device";
            };

            return Device;
        })();

        v1.InboxNotification = (function() {

            /**
             * Properties of an InboxNotification.
             * @typedef {Object} mobile.v1.InboxNotification.$Properties
             * @property {string|null} [id] InboxNotification id
             * @property {string|null} [title] InboxNotification title
             * @property {string|null} [body] InboxNotification body
             * @property {string|null} [category] InboxNotification category
             * @property {string|null} [deepLink] InboxNotification deepLink
             * @property {Object.<string,string>|null} [data] InboxNotification data
             * @property {string|null} [createdAt] InboxNotification createdAt
             * @property {string|null} [readAt] InboxNotification readAt
             * @property {string|null} [openedAt] InboxNotification openedAt
             * @property {string|null} [imageUrl] InboxNotification imageUrl
             * @property {number|Long|null} [inboxPosition] InboxNotification inboxPosition
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an InboxNotification.
             * @memberof mobile.v1
             * @interface IInboxNotification
             * @augments mobile.v1.InboxNotification.$Properties
             * @deprecated Use mobile.v1.InboxNotification.$Properties instead.
             */

            /**
             * Shape of an InboxNotification.
             * @typedef {mobile.v1.InboxNotification.$Properties} mobile.v1.InboxNotification.$Shape
             */

            /**
             * Constructs a new InboxNotification.
             * @memberof mobile.v1
             * @classdesc Represents an InboxNotification.
             * @constructor
             * @param {mobile.v1.InboxNotification.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const InboxNotification = function (p) {
                this.data = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * InboxNotification id.
             * @member {string} id
             * @memberof mobile.v1.InboxNotification
             * @instance
             */
            InboxNotification.prototype.id = "";

            /**
             * InboxNotification title.
             * @member {string} title
             * @memberof mobile.v1.InboxNotification
             * @instance
             */
            InboxNotification.prototype.title = "";

            /**
             * InboxNotification body.
             * @member {string} body
             * @memberof mobile.v1.InboxNotification
             * @instance
             */
            InboxNotification.prototype.body = "";

            /**
             * InboxNotification category.
             * @member {string} category
             * @memberof mobile.v1.InboxNotification
             * @instance
             */
            InboxNotification.prototype.category = "";

            /**
             * InboxNotification deepLink.
             * @member {string} deepLink
             * @memberof mobile.v1.InboxNotification
             * @instance
             */
            InboxNotification.prototype.deepLink = "";

            /**
             * InboxNotification data.
             * @member {Object.<string,string>} data
             * @memberof mobile.v1.InboxNotification
             * @instance
             */
            InboxNotification.prototype.data = $util.emptyObject;

            /**
             * InboxNotification createdAt.
             * @member {string} createdAt
             * @memberof mobile.v1.InboxNotification
             * @instance
             */
            InboxNotification.prototype.createdAt = "";

            /**
             * InboxNotification readAt.
             * @member {string} readAt
             * @memberof mobile.v1.InboxNotification
             * @instance
             */
            InboxNotification.prototype.readAt = "";

            /**
             * InboxNotification openedAt.
             * @member {string} openedAt
             * @memberof mobile.v1.InboxNotification
             * @instance
             */
            InboxNotification.prototype.openedAt = "";

            /**
             * InboxNotification imageUrl.
             * @member {string} imageUrl
             * @memberof mobile.v1.InboxNotification
             * @instance
             */
            InboxNotification.prototype.imageUrl = "";

            /**
             * InboxNotification inboxPosition.
             * @member {number|Long} inboxPosition
             * @memberof mobile.v1.InboxNotification
             * @instance
             */
            InboxNotification.prototype.inboxPosition = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new InboxNotification instance using the specified properties.
             * @function create
             * @memberof mobile.v1.InboxNotification
             * @static
             * @param {mobile.v1.InboxNotification.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.InboxNotification} InboxNotification instance
             * @type {{
             *   (properties: mobile.v1.InboxNotification.$Shape): mobile.v1.InboxNotification & mobile.v1.InboxNotification.$Shape;
             *   (properties?: mobile.v1.InboxNotification.$Properties): mobile.v1.InboxNotification;
             * }}
             */
            InboxNotification.create = function(properties) {
                return new InboxNotification(properties);
            };

            /**
             * Encodes the specified InboxNotification message. Does not implicitly {@link mobile.v1.InboxNotification.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.InboxNotification
             * @static
             * @param {mobile.v1.InboxNotification.$Properties} m InboxNotification message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InboxNotification.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.title != null && $Object.hasOwnProperty.call(m, "title") && m.title !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.title);
                if (m.body != null && $Object.hasOwnProperty.call(m, "body") && m.body !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.body);
                if (m.category != null && $Object.hasOwnProperty.call(m, "category") && m.category !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.category);
                if (m.deepLink != null && $Object.hasOwnProperty.call(m, "deepLink") && m.deepLink !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.deepLink);
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    for (var ks = $Object.keys(m.data), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 6, wireType 2 =*/50).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]).uint32(/* id 2, wireType 2 =*/18).string(m.data[ks[i]]).ldelim();
                    }
                }
                if (m.createdAt != null && $Object.hasOwnProperty.call(m, "createdAt") && m.createdAt !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.createdAt);
                if (m.readAt != null && $Object.hasOwnProperty.call(m, "readAt") && m.readAt !== "")
                    w.uint32(/* id 8, wireType 2 =*/66).string(m.readAt);
                if (m.openedAt != null && $Object.hasOwnProperty.call(m, "openedAt") && m.openedAt !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.openedAt);
                if (m.imageUrl != null && $Object.hasOwnProperty.call(m, "imageUrl") && m.imageUrl !== "")
                    w.uint32(/* id 10, wireType 2 =*/82).string(m.imageUrl);
                if (m.inboxPosition != null && $Object.hasOwnProperty.call(m, "inboxPosition") && (typeof m.inboxPosition === "object" ? m.inboxPosition.low || m.inboxPosition.high : m.inboxPosition !== 0))
                    w.uint32(/* id 11, wireType 0 =*/88).int64(m.inboxPosition);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified InboxNotification message, length delimited. Does not implicitly {@link mobile.v1.InboxNotification.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.InboxNotification
             * @static
             * @param {mobile.v1.InboxNotification.$Properties} message InboxNotification message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            InboxNotification.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes an InboxNotification message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.InboxNotification
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.InboxNotification & mobile.v1.InboxNotification.$Shape} InboxNotification
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InboxNotification.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.InboxNotification();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.title = v;
                            else
                                delete m.title;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.body = v;
                            else
                                delete m.body;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.category = v;
                            else
                                delete m.category;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.deepLink = v;
                            else
                                delete m.deepLink;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (m.data === $util.emptyObject)
                                m.data = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = "";
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = r.stringVerify();
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.data, k);
                            m.data[k] = v;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.createdAt = v;
                            else
                                delete m.createdAt;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.readAt = v;
                            else
                                delete m.readAt;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.openedAt = v;
                            else
                                delete m.openedAt;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.imageUrl = v;
                            else
                                delete m.imageUrl;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.inboxPosition = v;
                            else
                                delete m.inboxPosition;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes an InboxNotification message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.InboxNotification
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.InboxNotification & mobile.v1.InboxNotification.$Shape} InboxNotification
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            InboxNotification.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies an InboxNotification message.
             * @function verify
             * @memberof mobile.v1.InboxNotification
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            InboxNotification.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isString(m.id))
                        return "id: string expected";
                }
                if (m.title != null && $Object.hasOwnProperty.call(m, "title")) {
                    if (!$util.isString(m.title))
                        return "title: string expected";
                }
                if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                    if (!$util.isString(m.body))
                        return "body: string expected";
                }
                if (m.category != null && $Object.hasOwnProperty.call(m, "category")) {
                    if (!$util.isString(m.category))
                        return "category: string expected";
                }
                if (m.deepLink != null && $Object.hasOwnProperty.call(m, "deepLink")) {
                    if (!$util.isString(m.deepLink))
                        return "deepLink: string expected";
                }
                if (m.data != null && $Object.hasOwnProperty.call(m, "data")) {
                    if (!$util.isObject(m.data))
                        return "data: object expected";
                    var k = $Object.keys(m.data);
                    for (var i = 0; i < k.length; ++i) {
                        if (!$util.isString(m.data[k[i]]))
                            return "data: string{k:string} expected";
                    }
                }
                if (m.createdAt != null && $Object.hasOwnProperty.call(m, "createdAt")) {
                    if (!$util.isString(m.createdAt))
                        return "createdAt: string expected";
                }
                if (m.readAt != null && $Object.hasOwnProperty.call(m, "readAt")) {
                    if (!$util.isString(m.readAt))
                        return "readAt: string expected";
                }
                if (m.openedAt != null && $Object.hasOwnProperty.call(m, "openedAt")) {
                    if (!$util.isString(m.openedAt))
                        return "openedAt: string expected";
                }
                if (m.imageUrl != null && $Object.hasOwnProperty.call(m, "imageUrl")) {
                    if (!$util.isString(m.imageUrl))
                        return "imageUrl: string expected";
                }
                if (m.inboxPosition != null && $Object.hasOwnProperty.call(m, "inboxPosition")) {
                    if (!$util.isInteger(m.inboxPosition) && !(m.inboxPosition && $util.isInteger(m.inboxPosition.low) && $util.isInteger(m.inboxPosition.high)))
                        return "inboxPosition: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates an InboxNotification message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.InboxNotification
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.InboxNotification} InboxNotification
             */
            InboxNotification.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.InboxNotification)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.InboxNotification: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.InboxNotification();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.title != null) {
                    if (typeof d.title !== "string" || d.title.length) {
                        m.title = $String(d.title);
                    }
                }
                if (d.body != null) {
                    if (typeof d.body !== "string" || d.body.length) {
                        m.body = $String(d.body);
                    }
                }
                if (d.category != null) {
                    if (typeof d.category !== "string" || d.category.length) {
                        m.category = $String(d.category);
                    }
                }
                if (d.deepLink != null) {
                    if (typeof d.deepLink !== "string" || d.deepLink.length) {
                        m.deepLink = $String(d.deepLink);
                    }
                }
                if (d.data) {
                    if (!$util.isObject(d.data))
                        throw $TypeError(".mobile.v1.InboxNotification.data: object expected");
                    m.data = {};
                    for (var ks = $Object.keys(d.data), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.data, ks[i]);
                        m.data[ks[i]] = $String(d.data[ks[i]]);
                    }
                }
                if (d.createdAt != null) {
                    if (typeof d.createdAt !== "string" || d.createdAt.length) {
                        m.createdAt = $String(d.createdAt);
                    }
                }
                if (d.readAt != null) {
                    if (typeof d.readAt !== "string" || d.readAt.length) {
                        m.readAt = $String(d.readAt);
                    }
                }
                if (d.openedAt != null) {
                    if (typeof d.openedAt !== "string" || d.openedAt.length) {
                        m.openedAt = $String(d.openedAt);
                    }
                }
                if (d.imageUrl != null) {
                    if (typeof d.imageUrl !== "string" || d.imageUrl.length) {
                        m.imageUrl = $String(d.imageUrl);
                    }
                }
                if (d.inboxPosition != null) {
                    if (typeof d.inboxPosition === "object" ? d.inboxPosition.low || d.inboxPosition.high : $Number(d.inboxPosition) !== 0) {
                        if ($util.Long)
                            m.inboxPosition = $util.Long.fromValue(d.inboxPosition, false);
                        else if (typeof d.inboxPosition === "string")
                            m.inboxPosition = $parseInt(d.inboxPosition, 10);
                        else if (typeof d.inboxPosition === "number")
                            m.inboxPosition = d.inboxPosition;
                        else if (typeof d.inboxPosition === "object")
                            m.inboxPosition = new $util.LongBits(d.inboxPosition.low >>> 0, d.inboxPosition.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from an InboxNotification message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.InboxNotification
             * @static
             * @param {mobile.v1.InboxNotification} m InboxNotification
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            InboxNotification.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.data = {};
                }
                if (o.defaults) {
                    d.id = "";
                    d.title = "";
                    d.body = "";
                    d.category = "";
                    d.deepLink = "";
                    d.createdAt = "";
                    d.readAt = "";
                    d.openedAt = "";
                    d.imageUrl = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.inboxPosition = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.inboxPosition = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.title != null && $Object.hasOwnProperty.call(m, "title")) {
                    d.title = m.title;
                }
                if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                    d.body = m.body;
                }
                if (m.category != null && $Object.hasOwnProperty.call(m, "category")) {
                    d.category = m.category;
                }
                if (m.deepLink != null && $Object.hasOwnProperty.call(m, "deepLink")) {
                    d.deepLink = m.deepLink;
                }
                var ks2;
                if (m.data && (ks2 = $Object.keys(m.data)).length) {
                    d.data = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.data, ks2[j]);
                        d.data[ks2[j]] = m.data[ks2[j]];
                    }
                }
                if (m.createdAt != null && $Object.hasOwnProperty.call(m, "createdAt")) {
                    d.createdAt = m.createdAt;
                }
                if (m.readAt != null && $Object.hasOwnProperty.call(m, "readAt")) {
                    d.readAt = m.readAt;
                }
                if (m.openedAt != null && $Object.hasOwnProperty.call(m, "openedAt")) {
                    d.openedAt = m.openedAt;
                }
                if (m.imageUrl != null && $Object.hasOwnProperty.call(m, "imageUrl")) {
                    d.imageUrl = m.imageUrl;
                }
                if (m.inboxPosition != null && $Object.hasOwnProperty.call(m, "inboxPosition")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.inboxPosition = typeof m.inboxPosition === "number" ? $BigInt(m.inboxPosition) : $util.Long.fromBits(m.inboxPosition.low >>> 0, m.inboxPosition.high >>> 0, false).toBigInt();
                    else if (typeof m.inboxPosition === "number")
                        d.inboxPosition = o.longs === $String ? $String(m.inboxPosition) : m.inboxPosition;
                    else
                        d.inboxPosition = o.longs === $String ? $util.Long.prototype.toString.call(m.inboxPosition) : o.longs === $Number ? new $util.LongBits(m.inboxPosition.low >>> 0, m.inboxPosition.high >>> 0).toNumber() : m.inboxPosition;
                }
                return d;
            };

            /**
             * Converts this InboxNotification to JSON.
             * @function toJSON
             * @memberof mobile.v1.InboxNotification
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            InboxNotification.prototype.toJSON = function() {
                return InboxNotification.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for InboxNotification
             * @function getTypeUrl
             * @memberof mobile.v1.InboxNotification
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            InboxNotification.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.InboxNotification";
            };

            return InboxNotification;
        })();

        v1.NotificationBadge = (function() {

            /**
             * Properties of a NotificationBadge.
             * @typedef {Object} mobile.v1.NotificationBadge.$Properties
             * @property {number|null} [unread] NotificationBadge unread
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NotificationBadge.
             * @memberof mobile.v1
             * @interface INotificationBadge
             * @augments mobile.v1.NotificationBadge.$Properties
             * @deprecated Use mobile.v1.NotificationBadge.$Properties instead.
             */

            /**
             * Shape of a NotificationBadge.
             * @typedef {mobile.v1.NotificationBadge.$Properties} mobile.v1.NotificationBadge.$Shape
             */

            /**
             * Constructs a new NotificationBadge.
             * @memberof mobile.v1
             * @classdesc Represents a NotificationBadge.
             * @constructor
             * @param {mobile.v1.NotificationBadge.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NotificationBadge = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * NotificationBadge unread.
             * @member {number} unread
             * @memberof mobile.v1.NotificationBadge
             * @instance
             */
            NotificationBadge.prototype.unread = 0;

            /**
             * Creates a new NotificationBadge instance using the specified properties.
             * @function create
             * @memberof mobile.v1.NotificationBadge
             * @static
             * @param {mobile.v1.NotificationBadge.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.NotificationBadge} NotificationBadge instance
             * @type {{
             *   (properties: mobile.v1.NotificationBadge.$Shape): mobile.v1.NotificationBadge & mobile.v1.NotificationBadge.$Shape;
             *   (properties?: mobile.v1.NotificationBadge.$Properties): mobile.v1.NotificationBadge;
             * }}
             */
            NotificationBadge.create = function(properties) {
                return new NotificationBadge(properties);
            };

            /**
             * Encodes the specified NotificationBadge message. Does not implicitly {@link mobile.v1.NotificationBadge.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.NotificationBadge
             * @static
             * @param {mobile.v1.NotificationBadge.$Properties} m NotificationBadge message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotificationBadge.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.unread != null && $Object.hasOwnProperty.call(m, "unread") && m.unread !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.unread);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified NotificationBadge message, length delimited. Does not implicitly {@link mobile.v1.NotificationBadge.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.NotificationBadge
             * @static
             * @param {mobile.v1.NotificationBadge.$Properties} message NotificationBadge message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NotificationBadge.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a NotificationBadge message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.NotificationBadge
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.NotificationBadge & mobile.v1.NotificationBadge.$Shape} NotificationBadge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotificationBadge.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.NotificationBadge();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.unread = v;
                            else
                                delete m.unread;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a NotificationBadge message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.NotificationBadge
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.NotificationBadge & mobile.v1.NotificationBadge.$Shape} NotificationBadge
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NotificationBadge.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a NotificationBadge message.
             * @function verify
             * @memberof mobile.v1.NotificationBadge
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NotificationBadge.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.unread != null && $Object.hasOwnProperty.call(m, "unread")) {
                    if (!$util.isInteger(m.unread))
                        return "unread: integer expected";
                }
                return null;
            };

            /**
             * Creates a NotificationBadge message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.NotificationBadge
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.NotificationBadge} NotificationBadge
             */
            NotificationBadge.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.NotificationBadge)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.NotificationBadge: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.NotificationBadge();
                if (d.unread != null) {
                    if ($Number(d.unread) !== 0) {
                        m.unread = d.unread | 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a NotificationBadge message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.NotificationBadge
             * @static
             * @param {mobile.v1.NotificationBadge} m NotificationBadge
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NotificationBadge.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.unread = 0;
                }
                if (m.unread != null && $Object.hasOwnProperty.call(m, "unread")) {
                    d.unread = m.unread;
                }
                return d;
            };

            /**
             * Converts this NotificationBadge to JSON.
             * @function toJSON
             * @memberof mobile.v1.NotificationBadge
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NotificationBadge.prototype.toJSON = function() {
                return NotificationBadge.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NotificationBadge
             * @function getTypeUrl
             * @memberof mobile.v1.NotificationBadge
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NotificationBadge.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.NotificationBadge";
            };

            return NotificationBadge;
        })();

        v1.Conversation = (function() {

            /**
             * Properties of a Conversation.
             * @typedef {Object} mobile.v1.Conversation.$Properties
             * @property {string|null} [id] Conversation id
             * @property {string|null} [kind] Conversation kind
             * @property {string|null} [name] Conversation name
             * @property {string|null} [avatarBlobId] Conversation avatarBlobId
             * @property {string|null} [role] Conversation role
             * @property {boolean|null} [muted] Conversation muted
             * @property {Array.<mobile.v1.ConversationMember.$Properties>|null} [members] Conversation members
             * @property {number|Long|null} [lastSeq] Conversation lastSeq
             * @property {mobile.v1.ChatMessage.$Properties|null} [lastMessage] Conversation lastMessage
             * @property {number|Long|null} [deliveredUpTo] Conversation deliveredUpTo
             * @property {number|Long|null} [readUpTo] Conversation readUpTo
             * @property {number|null} [unread] Conversation unread
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Conversation.
             * @memberof mobile.v1
             * @interface IConversation
             * @augments mobile.v1.Conversation.$Properties
             * @deprecated Use mobile.v1.Conversation.$Properties instead.
             */

            /**
             * Shape of a Conversation.
             * @typedef {mobile.v1.Conversation.$Properties} mobile.v1.Conversation.$Shape
             */

            /**
             * Constructs a new Conversation.
             * @memberof mobile.v1
             * @classdesc Represents a Conversation.
             * @constructor
             * @param {mobile.v1.Conversation.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Conversation = function (p) {
                this.members = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Conversation id.
             * @member {string} id
             * @memberof mobile.v1.Conversation
             * @instance
             */
            Conversation.prototype.id = "";

            /**
             * Conversation kind.
             * @member {string} kind
             * @memberof mobile.v1.Conversation
             * @instance
             */
            Conversation.prototype.kind = "";

            /**
             * Conversation name.
             * @member {string} name
             * @memberof mobile.v1.Conversation
             * @instance
             */
            Conversation.prototype.name = "";

            /**
             * Conversation avatarBlobId.
             * @member {string} avatarBlobId
             * @memberof mobile.v1.Conversation
             * @instance
             */
            Conversation.prototype.avatarBlobId = "";

            /**
             * Conversation role.
             * @member {string} role
             * @memberof mobile.v1.Conversation
             * @instance
             */
            Conversation.prototype.role = "";

            /**
             * Conversation muted.
             * @member {boolean} muted
             * @memberof mobile.v1.Conversation
             * @instance
             */
            Conversation.prototype.muted = false;

            /**
             * Conversation members.
             * @member {Array.<mobile.v1.ConversationMember.$Properties>} members
             * @memberof mobile.v1.Conversation
             * @instance
             */
            Conversation.prototype.members = $util.emptyArray;

            /**
             * Conversation lastSeq.
             * @member {number|Long} lastSeq
             * @memberof mobile.v1.Conversation
             * @instance
             */
            Conversation.prototype.lastSeq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Conversation lastMessage.
             * @member {mobile.v1.ChatMessage.$Properties|null|undefined} lastMessage
             * @memberof mobile.v1.Conversation
             * @instance
             */
            Conversation.prototype.lastMessage = null;

            /**
             * Conversation deliveredUpTo.
             * @member {number|Long} deliveredUpTo
             * @memberof mobile.v1.Conversation
             * @instance
             */
            Conversation.prototype.deliveredUpTo = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Conversation readUpTo.
             * @member {number|Long} readUpTo
             * @memberof mobile.v1.Conversation
             * @instance
             */
            Conversation.prototype.readUpTo = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Conversation unread.
             * @member {number} unread
             * @memberof mobile.v1.Conversation
             * @instance
             */
            Conversation.prototype.unread = 0;

            /**
             * Creates a new Conversation instance using the specified properties.
             * @function create
             * @memberof mobile.v1.Conversation
             * @static
             * @param {mobile.v1.Conversation.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.Conversation} Conversation instance
             * @type {{
             *   (properties: mobile.v1.Conversation.$Shape): mobile.v1.Conversation & mobile.v1.Conversation.$Shape;
             *   (properties?: mobile.v1.Conversation.$Properties): mobile.v1.Conversation;
             * }}
             */
            Conversation.create = function(properties) {
                return new Conversation(properties);
            };

            /**
             * Encodes the specified Conversation message. Does not implicitly {@link mobile.v1.Conversation.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.Conversation
             * @static
             * @param {mobile.v1.Conversation.$Properties} m Conversation message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Conversation.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind") && m.kind !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.kind);
                if (m.name != null && $Object.hasOwnProperty.call(m, "name") && m.name !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.name);
                if (m.avatarBlobId != null && $Object.hasOwnProperty.call(m, "avatarBlobId") && m.avatarBlobId !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.avatarBlobId);
                if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.role);
                if (m.muted != null && $Object.hasOwnProperty.call(m, "muted") && m.muted !== false)
                    w.uint32(/* id 6, wireType 0 =*/48).bool(m.muted);
                if (m.members != null && m.members.length) {
                    for (var i = 0; i < m.members.length; ++i)
                        $root.mobile.v1.ConversationMember.encode(m.members[i], w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                }
                if (m.lastSeq != null && $Object.hasOwnProperty.call(m, "lastSeq") && (typeof m.lastSeq === "object" ? m.lastSeq.low || m.lastSeq.high : m.lastSeq !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).int64(m.lastSeq);
                if (m.lastMessage != null && $Object.hasOwnProperty.call(m, "lastMessage"))
                    $root.mobile.v1.ChatMessage.encode(m.lastMessage, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (m.deliveredUpTo != null && $Object.hasOwnProperty.call(m, "deliveredUpTo") && (typeof m.deliveredUpTo === "object" ? m.deliveredUpTo.low || m.deliveredUpTo.high : m.deliveredUpTo !== 0))
                    w.uint32(/* id 10, wireType 0 =*/80).int64(m.deliveredUpTo);
                if (m.readUpTo != null && $Object.hasOwnProperty.call(m, "readUpTo") && (typeof m.readUpTo === "object" ? m.readUpTo.low || m.readUpTo.high : m.readUpTo !== 0))
                    w.uint32(/* id 11, wireType 0 =*/88).int64(m.readUpTo);
                if (m.unread != null && $Object.hasOwnProperty.call(m, "unread") && m.unread !== 0)
                    w.uint32(/* id 12, wireType 0 =*/96).int32(m.unread);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Conversation message, length delimited. Does not implicitly {@link mobile.v1.Conversation.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.Conversation
             * @static
             * @param {mobile.v1.Conversation.$Properties} message Conversation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Conversation.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Conversation message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.Conversation
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.Conversation & mobile.v1.Conversation.$Shape} Conversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Conversation.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.Conversation();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.kind = v;
                            else
                                delete m.kind;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.name = v;
                            else
                                delete m.name;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.avatarBlobId = v;
                            else
                                delete m.avatarBlobId;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.role = v;
                            else
                                delete m.role;
                            continue;
                        }
                    case 6: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.muted = v;
                            else
                                delete m.muted;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if (!(m.members && m.members.length))
                                m.members = [];
                            m.members.push($root.mobile.v1.ConversationMember.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.lastSeq = v;
                            else
                                delete m.lastSeq;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            m.lastMessage = $root.mobile.v1.ChatMessage.decode(r, r.size(), $undefined, q + 1, m.lastMessage);
                            continue;
                        }
                    case 10: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.deliveredUpTo = v;
                            else
                                delete m.deliveredUpTo;
                            continue;
                        }
                    case 11: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.readUpTo = v;
                            else
                                delete m.readUpTo;
                            continue;
                        }
                    case 12: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.unread = v;
                            else
                                delete m.unread;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Conversation message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.Conversation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.Conversation & mobile.v1.Conversation.$Shape} Conversation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Conversation.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Conversation message.
             * @function verify
             * @memberof mobile.v1.Conversation
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Conversation.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isString(m.id))
                        return "id: string expected";
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    if (!$util.isString(m.kind))
                        return "kind: string expected";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    if (!$util.isString(m.name))
                        return "name: string expected";
                }
                if (m.avatarBlobId != null && $Object.hasOwnProperty.call(m, "avatarBlobId")) {
                    if (!$util.isString(m.avatarBlobId))
                        return "avatarBlobId: string expected";
                }
                if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                    if (!$util.isString(m.role))
                        return "role: string expected";
                }
                if (m.muted != null && $Object.hasOwnProperty.call(m, "muted")) {
                    if (typeof m.muted !== "boolean")
                        return "muted: boolean expected";
                }
                if (m.members != null && $Object.hasOwnProperty.call(m, "members")) {
                    if (!$Array.isArray(m.members))
                        return "members: array expected";
                    for (var i = 0; i < m.members.length; ++i) {
                        {
                            var e = $root.mobile.v1.ConversationMember.verify(m.members[i], q + 1);
                            if (e)
                                return "members." + e;
                        }
                    }
                }
                if (m.lastSeq != null && $Object.hasOwnProperty.call(m, "lastSeq")) {
                    if (!$util.isInteger(m.lastSeq) && !(m.lastSeq && $util.isInteger(m.lastSeq.low) && $util.isInteger(m.lastSeq.high)))
                        return "lastSeq: integer|Long expected";
                }
                if (m.lastMessage != null && $Object.hasOwnProperty.call(m, "lastMessage")) {
                    {
                        var e = $root.mobile.v1.ChatMessage.verify(m.lastMessage, q + 1);
                        if (e)
                            return "lastMessage." + e;
                    }
                }
                if (m.deliveredUpTo != null && $Object.hasOwnProperty.call(m, "deliveredUpTo")) {
                    if (!$util.isInteger(m.deliveredUpTo) && !(m.deliveredUpTo && $util.isInteger(m.deliveredUpTo.low) && $util.isInteger(m.deliveredUpTo.high)))
                        return "deliveredUpTo: integer|Long expected";
                }
                if (m.readUpTo != null && $Object.hasOwnProperty.call(m, "readUpTo")) {
                    if (!$util.isInteger(m.readUpTo) && !(m.readUpTo && $util.isInteger(m.readUpTo.low) && $util.isInteger(m.readUpTo.high)))
                        return "readUpTo: integer|Long expected";
                }
                if (m.unread != null && $Object.hasOwnProperty.call(m, "unread")) {
                    if (!$util.isInteger(m.unread))
                        return "unread: integer expected";
                }
                return null;
            };

            /**
             * Creates a Conversation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.Conversation
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.Conversation} Conversation
             */
            Conversation.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.Conversation)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.Conversation: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.Conversation();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.kind != null) {
                    if (typeof d.kind !== "string" || d.kind.length) {
                        m.kind = $String(d.kind);
                    }
                }
                if (d.name != null) {
                    if (typeof d.name !== "string" || d.name.length) {
                        m.name = $String(d.name);
                    }
                }
                if (d.avatarBlobId != null) {
                    if (typeof d.avatarBlobId !== "string" || d.avatarBlobId.length) {
                        m.avatarBlobId = $String(d.avatarBlobId);
                    }
                }
                if (d.role != null) {
                    if (typeof d.role !== "string" || d.role.length) {
                        m.role = $String(d.role);
                    }
                }
                if (d.muted != null) {
                    if (d.muted) {
                        m.muted = $Boolean(d.muted);
                    }
                }
                if (d.members) {
                    if (!$Array.isArray(d.members))
                        throw $TypeError(".mobile.v1.Conversation.members: array expected");
                    m.members = $Array(d.members.length);
                    for (var i = 0; i < d.members.length; ++i) {
                        if (!$util.isObject(d.members[i]))
                            throw $TypeError(".mobile.v1.Conversation.members: object expected");
                        m.members[i] = $root.mobile.v1.ConversationMember.fromObject(d.members[i], q + 1);
                    }
                }
                if (d.lastSeq != null) {
                    if (typeof d.lastSeq === "object" ? d.lastSeq.low || d.lastSeq.high : $Number(d.lastSeq) !== 0) {
                        if ($util.Long)
                            m.lastSeq = $util.Long.fromValue(d.lastSeq, false);
                        else if (typeof d.lastSeq === "string")
                            m.lastSeq = $parseInt(d.lastSeq, 10);
                        else if (typeof d.lastSeq === "number")
                            m.lastSeq = d.lastSeq;
                        else if (typeof d.lastSeq === "object")
                            m.lastSeq = new $util.LongBits(d.lastSeq.low >>> 0, d.lastSeq.high >>> 0).toNumber();
                    }
                }
                if (d.lastMessage != null) {
                    if (!$util.isObject(d.lastMessage))
                        throw $TypeError(".mobile.v1.Conversation.lastMessage: object expected");
                    m.lastMessage = $root.mobile.v1.ChatMessage.fromObject(d.lastMessage, q + 1);
                }
                if (d.deliveredUpTo != null) {
                    if (typeof d.deliveredUpTo === "object" ? d.deliveredUpTo.low || d.deliveredUpTo.high : $Number(d.deliveredUpTo) !== 0) {
                        if ($util.Long)
                            m.deliveredUpTo = $util.Long.fromValue(d.deliveredUpTo, false);
                        else if (typeof d.deliveredUpTo === "string")
                            m.deliveredUpTo = $parseInt(d.deliveredUpTo, 10);
                        else if (typeof d.deliveredUpTo === "number")
                            m.deliveredUpTo = d.deliveredUpTo;
                        else if (typeof d.deliveredUpTo === "object")
                            m.deliveredUpTo = new $util.LongBits(d.deliveredUpTo.low >>> 0, d.deliveredUpTo.high >>> 0).toNumber();
                    }
                }
                if (d.readUpTo != null) {
                    if (typeof d.readUpTo === "object" ? d.readUpTo.low || d.readUpTo.high : $Number(d.readUpTo) !== 0) {
                        if ($util.Long)
                            m.readUpTo = $util.Long.fromValue(d.readUpTo, false);
                        else if (typeof d.readUpTo === "string")
                            m.readUpTo = $parseInt(d.readUpTo, 10);
                        else if (typeof d.readUpTo === "number")
                            m.readUpTo = d.readUpTo;
                        else if (typeof d.readUpTo === "object")
                            m.readUpTo = new $util.LongBits(d.readUpTo.low >>> 0, d.readUpTo.high >>> 0).toNumber();
                    }
                }
                if (d.unread != null) {
                    if ($Number(d.unread) !== 0) {
                        m.unread = d.unread | 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Conversation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.Conversation
             * @static
             * @param {mobile.v1.Conversation} m Conversation
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Conversation.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.members = [];
                }
                if (o.defaults) {
                    d.id = "";
                    d.kind = "";
                    d.name = "";
                    d.avatarBlobId = "";
                    d.role = "";
                    d.muted = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.lastSeq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.lastSeq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.lastMessage = null;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.deliveredUpTo = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.deliveredUpTo = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.readUpTo = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.readUpTo = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.unread = 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.kind != null && $Object.hasOwnProperty.call(m, "kind")) {
                    d.kind = m.kind;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.avatarBlobId != null && $Object.hasOwnProperty.call(m, "avatarBlobId")) {
                    d.avatarBlobId = m.avatarBlobId;
                }
                if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                    d.role = m.role;
                }
                if (m.muted != null && $Object.hasOwnProperty.call(m, "muted")) {
                    d.muted = m.muted;
                }
                if (m.members && m.members.length) {
                    d.members = $Array(m.members.length);
                    for (var j = 0; j < m.members.length; ++j) {
                        d.members[j] = $root.mobile.v1.ConversationMember.toObject(m.members[j], o, q + 1);
                    }
                }
                if (m.lastSeq != null && $Object.hasOwnProperty.call(m, "lastSeq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.lastSeq = typeof m.lastSeq === "number" ? $BigInt(m.lastSeq) : $util.Long.fromBits(m.lastSeq.low >>> 0, m.lastSeq.high >>> 0, false).toBigInt();
                    else if (typeof m.lastSeq === "number")
                        d.lastSeq = o.longs === $String ? $String(m.lastSeq) : m.lastSeq;
                    else
                        d.lastSeq = o.longs === $String ? $util.Long.prototype.toString.call(m.lastSeq) : o.longs === $Number ? new $util.LongBits(m.lastSeq.low >>> 0, m.lastSeq.high >>> 0).toNumber() : m.lastSeq;
                }
                if (m.lastMessage != null && $Object.hasOwnProperty.call(m, "lastMessage")) {
                    d.lastMessage = $root.mobile.v1.ChatMessage.toObject(m.lastMessage, o, q + 1);
                }
                if (m.deliveredUpTo != null && $Object.hasOwnProperty.call(m, "deliveredUpTo")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.deliveredUpTo = typeof m.deliveredUpTo === "number" ? $BigInt(m.deliveredUpTo) : $util.Long.fromBits(m.deliveredUpTo.low >>> 0, m.deliveredUpTo.high >>> 0, false).toBigInt();
                    else if (typeof m.deliveredUpTo === "number")
                        d.deliveredUpTo = o.longs === $String ? $String(m.deliveredUpTo) : m.deliveredUpTo;
                    else
                        d.deliveredUpTo = o.longs === $String ? $util.Long.prototype.toString.call(m.deliveredUpTo) : o.longs === $Number ? new $util.LongBits(m.deliveredUpTo.low >>> 0, m.deliveredUpTo.high >>> 0).toNumber() : m.deliveredUpTo;
                }
                if (m.readUpTo != null && $Object.hasOwnProperty.call(m, "readUpTo")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.readUpTo = typeof m.readUpTo === "number" ? $BigInt(m.readUpTo) : $util.Long.fromBits(m.readUpTo.low >>> 0, m.readUpTo.high >>> 0, false).toBigInt();
                    else if (typeof m.readUpTo === "number")
                        d.readUpTo = o.longs === $String ? $String(m.readUpTo) : m.readUpTo;
                    else
                        d.readUpTo = o.longs === $String ? $util.Long.prototype.toString.call(m.readUpTo) : o.longs === $Number ? new $util.LongBits(m.readUpTo.low >>> 0, m.readUpTo.high >>> 0).toNumber() : m.readUpTo;
                }
                if (m.unread != null && $Object.hasOwnProperty.call(m, "unread")) {
                    d.unread = m.unread;
                }
                return d;
            };

            /**
             * Converts this Conversation to JSON.
             * @function toJSON
             * @memberof mobile.v1.Conversation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Conversation.prototype.toJSON = function() {
                return Conversation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Conversation
             * @function getTypeUrl
             * @memberof mobile.v1.Conversation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Conversation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.Conversation";
            };

            return Conversation;
        })();

        v1.ConversationMember = (function() {

            /**
             * Properties of a ConversationMember.
             * @typedef {Object} mobile.v1.ConversationMember.$Properties
             * @property {string|null} [userId] ConversationMember userId
             * @property {string|null} [role] ConversationMember role
             * @property {number|Long|null} [deliveredUpTo] ConversationMember deliveredUpTo
             * @property {number|Long|null} [readUpTo] ConversationMember readUpTo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ConversationMember.
             * @memberof mobile.v1
             * @interface IConversationMember
             * @augments mobile.v1.ConversationMember.$Properties
             * @deprecated Use mobile.v1.ConversationMember.$Properties instead.
             */

            /**
             * Shape of a ConversationMember.
             * @typedef {mobile.v1.ConversationMember.$Properties} mobile.v1.ConversationMember.$Shape
             */

            /**
             * Constructs a new ConversationMember.
             * @memberof mobile.v1
             * @classdesc Represents a ConversationMember.
             * @constructor
             * @param {mobile.v1.ConversationMember.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ConversationMember = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ConversationMember userId.
             * @member {string} userId
             * @memberof mobile.v1.ConversationMember
             * @instance
             */
            ConversationMember.prototype.userId = "";

            /**
             * ConversationMember role.
             * @member {string} role
             * @memberof mobile.v1.ConversationMember
             * @instance
             */
            ConversationMember.prototype.role = "";

            /**
             * ConversationMember deliveredUpTo.
             * @member {number|Long} deliveredUpTo
             * @memberof mobile.v1.ConversationMember
             * @instance
             */
            ConversationMember.prototype.deliveredUpTo = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ConversationMember readUpTo.
             * @member {number|Long} readUpTo
             * @memberof mobile.v1.ConversationMember
             * @instance
             */
            ConversationMember.prototype.readUpTo = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new ConversationMember instance using the specified properties.
             * @function create
             * @memberof mobile.v1.ConversationMember
             * @static
             * @param {mobile.v1.ConversationMember.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.ConversationMember} ConversationMember instance
             * @type {{
             *   (properties: mobile.v1.ConversationMember.$Shape): mobile.v1.ConversationMember & mobile.v1.ConversationMember.$Shape;
             *   (properties?: mobile.v1.ConversationMember.$Properties): mobile.v1.ConversationMember;
             * }}
             */
            ConversationMember.create = function(properties) {
                return new ConversationMember(properties);
            };

            /**
             * Encodes the specified ConversationMember message. Does not implicitly {@link mobile.v1.ConversationMember.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.ConversationMember
             * @static
             * @param {mobile.v1.ConversationMember.$Properties} m ConversationMember message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConversationMember.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.userId != null && $Object.hasOwnProperty.call(m, "userId") && m.userId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.userId);
                if (m.role != null && $Object.hasOwnProperty.call(m, "role") && m.role !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.role);
                if (m.deliveredUpTo != null && $Object.hasOwnProperty.call(m, "deliveredUpTo") && (typeof m.deliveredUpTo === "object" ? m.deliveredUpTo.low || m.deliveredUpTo.high : m.deliveredUpTo !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.deliveredUpTo);
                if (m.readUpTo != null && $Object.hasOwnProperty.call(m, "readUpTo") && (typeof m.readUpTo === "object" ? m.readUpTo.low || m.readUpTo.high : m.readUpTo !== 0))
                    w.uint32(/* id 4, wireType 0 =*/32).int64(m.readUpTo);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ConversationMember message, length delimited. Does not implicitly {@link mobile.v1.ConversationMember.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.ConversationMember
             * @static
             * @param {mobile.v1.ConversationMember.$Properties} message ConversationMember message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ConversationMember.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ConversationMember message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.ConversationMember
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.ConversationMember & mobile.v1.ConversationMember.$Shape} ConversationMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConversationMember.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.ConversationMember();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.userId = v;
                            else
                                delete m.userId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.role = v;
                            else
                                delete m.role;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.deliveredUpTo = v;
                            else
                                delete m.deliveredUpTo;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.readUpTo = v;
                            else
                                delete m.readUpTo;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ConversationMember message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.ConversationMember
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.ConversationMember & mobile.v1.ConversationMember.$Shape} ConversationMember
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ConversationMember.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ConversationMember message.
             * @function verify
             * @memberof mobile.v1.ConversationMember
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ConversationMember.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.userId != null && $Object.hasOwnProperty.call(m, "userId")) {
                    if (!$util.isString(m.userId))
                        return "userId: string expected";
                }
                if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                    if (!$util.isString(m.role))
                        return "role: string expected";
                }
                if (m.deliveredUpTo != null && $Object.hasOwnProperty.call(m, "deliveredUpTo")) {
                    if (!$util.isInteger(m.deliveredUpTo) && !(m.deliveredUpTo && $util.isInteger(m.deliveredUpTo.low) && $util.isInteger(m.deliveredUpTo.high)))
                        return "deliveredUpTo: integer|Long expected";
                }
                if (m.readUpTo != null && $Object.hasOwnProperty.call(m, "readUpTo")) {
                    if (!$util.isInteger(m.readUpTo) && !(m.readUpTo && $util.isInteger(m.readUpTo.low) && $util.isInteger(m.readUpTo.high)))
                        return "readUpTo: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a ConversationMember message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.ConversationMember
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.ConversationMember} ConversationMember
             */
            ConversationMember.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.ConversationMember)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.ConversationMember: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.ConversationMember();
                if (d.userId != null) {
                    if (typeof d.userId !== "string" || d.userId.length) {
                        m.userId = $String(d.userId);
                    }
                }
                if (d.role != null) {
                    if (typeof d.role !== "string" || d.role.length) {
                        m.role = $String(d.role);
                    }
                }
                if (d.deliveredUpTo != null) {
                    if (typeof d.deliveredUpTo === "object" ? d.deliveredUpTo.low || d.deliveredUpTo.high : $Number(d.deliveredUpTo) !== 0) {
                        if ($util.Long)
                            m.deliveredUpTo = $util.Long.fromValue(d.deliveredUpTo, false);
                        else if (typeof d.deliveredUpTo === "string")
                            m.deliveredUpTo = $parseInt(d.deliveredUpTo, 10);
                        else if (typeof d.deliveredUpTo === "number")
                            m.deliveredUpTo = d.deliveredUpTo;
                        else if (typeof d.deliveredUpTo === "object")
                            m.deliveredUpTo = new $util.LongBits(d.deliveredUpTo.low >>> 0, d.deliveredUpTo.high >>> 0).toNumber();
                    }
                }
                if (d.readUpTo != null) {
                    if (typeof d.readUpTo === "object" ? d.readUpTo.low || d.readUpTo.high : $Number(d.readUpTo) !== 0) {
                        if ($util.Long)
                            m.readUpTo = $util.Long.fromValue(d.readUpTo, false);
                        else if (typeof d.readUpTo === "string")
                            m.readUpTo = $parseInt(d.readUpTo, 10);
                        else if (typeof d.readUpTo === "number")
                            m.readUpTo = d.readUpTo;
                        else if (typeof d.readUpTo === "object")
                            m.readUpTo = new $util.LongBits(d.readUpTo.low >>> 0, d.readUpTo.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ConversationMember message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.ConversationMember
             * @static
             * @param {mobile.v1.ConversationMember} m ConversationMember
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ConversationMember.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.userId = "";
                    d.role = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.deliveredUpTo = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.deliveredUpTo = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.readUpTo = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.readUpTo = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.userId != null && $Object.hasOwnProperty.call(m, "userId")) {
                    d.userId = m.userId;
                }
                if (m.role != null && $Object.hasOwnProperty.call(m, "role")) {
                    d.role = m.role;
                }
                if (m.deliveredUpTo != null && $Object.hasOwnProperty.call(m, "deliveredUpTo")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.deliveredUpTo = typeof m.deliveredUpTo === "number" ? $BigInt(m.deliveredUpTo) : $util.Long.fromBits(m.deliveredUpTo.low >>> 0, m.deliveredUpTo.high >>> 0, false).toBigInt();
                    else if (typeof m.deliveredUpTo === "number")
                        d.deliveredUpTo = o.longs === $String ? $String(m.deliveredUpTo) : m.deliveredUpTo;
                    else
                        d.deliveredUpTo = o.longs === $String ? $util.Long.prototype.toString.call(m.deliveredUpTo) : o.longs === $Number ? new $util.LongBits(m.deliveredUpTo.low >>> 0, m.deliveredUpTo.high >>> 0).toNumber() : m.deliveredUpTo;
                }
                if (m.readUpTo != null && $Object.hasOwnProperty.call(m, "readUpTo")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.readUpTo = typeof m.readUpTo === "number" ? $BigInt(m.readUpTo) : $util.Long.fromBits(m.readUpTo.low >>> 0, m.readUpTo.high >>> 0, false).toBigInt();
                    else if (typeof m.readUpTo === "number")
                        d.readUpTo = o.longs === $String ? $String(m.readUpTo) : m.readUpTo;
                    else
                        d.readUpTo = o.longs === $String ? $util.Long.prototype.toString.call(m.readUpTo) : o.longs === $Number ? new $util.LongBits(m.readUpTo.low >>> 0, m.readUpTo.high >>> 0).toNumber() : m.readUpTo;
                }
                return d;
            };

            /**
             * Converts this ConversationMember to JSON.
             * @function toJSON
             * @memberof mobile.v1.ConversationMember
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ConversationMember.prototype.toJSON = function() {
                return ConversationMember.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ConversationMember
             * @function getTypeUrl
             * @memberof mobile.v1.ConversationMember
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ConversationMember.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.ConversationMember";
            };

            return ConversationMember;
        })();

        v1.ChatMessage = (function() {

            /**
             * Properties of a ChatMessage.
             * @typedef {Object} mobile.v1.ChatMessage.$Properties
             * @property {string|null} [id] ChatMessage id
             * @property {string|null} [conversationId] ChatMessage conversationId
             * @property {number|Long|null} [seq] ChatMessage seq
             * @property {string|null} [senderId] ChatMessage senderId
             * @property {string|null} [text] ChatMessage text
             * @property {Array.<string>|null} [attachments] ChatMessage attachments
             * @property {string|null} [replyTo] ChatMessage replyTo
             * @property {Array.<mobile.v1.Reaction.$Properties>|null} [reactions] ChatMessage reactions
             * @property {string|null} [sentAt] ChatMessage sentAt
             * @property {string|null} [editedAt] ChatMessage editedAt
             * @property {string|null} [clientMessageId] ChatMessage clientMessageId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ChatMessage.
             * @memberof mobile.v1
             * @interface IChatMessage
             * @augments mobile.v1.ChatMessage.$Properties
             * @deprecated Use mobile.v1.ChatMessage.$Properties instead.
             */

            /**
             * Shape of a ChatMessage.
             * @typedef {mobile.v1.ChatMessage.$Properties} mobile.v1.ChatMessage.$Shape
             */

            /**
             * Constructs a new ChatMessage.
             * @memberof mobile.v1
             * @classdesc Represents a ChatMessage.
             * @constructor
             * @param {mobile.v1.ChatMessage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ChatMessage = function (p) {
                this.attachments = [];
                this.reactions = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ChatMessage id.
             * @member {string} id
             * @memberof mobile.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.id = "";

            /**
             * ChatMessage conversationId.
             * @member {string} conversationId
             * @memberof mobile.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.conversationId = "";

            /**
             * ChatMessage seq.
             * @member {number|Long} seq
             * @memberof mobile.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ChatMessage senderId.
             * @member {string} senderId
             * @memberof mobile.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.senderId = "";

            /**
             * ChatMessage text.
             * @member {string} text
             * @memberof mobile.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.text = "";

            /**
             * ChatMessage attachments.
             * @member {Array.<string>} attachments
             * @memberof mobile.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.attachments = $util.emptyArray;

            /**
             * ChatMessage replyTo.
             * @member {string} replyTo
             * @memberof mobile.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.replyTo = "";

            /**
             * ChatMessage reactions.
             * @member {Array.<mobile.v1.Reaction.$Properties>} reactions
             * @memberof mobile.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.reactions = $util.emptyArray;

            /**
             * ChatMessage sentAt.
             * @member {string} sentAt
             * @memberof mobile.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.sentAt = "";

            /**
             * ChatMessage editedAt.
             * @member {string} editedAt
             * @memberof mobile.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.editedAt = "";

            /**
             * ChatMessage clientMessageId.
             * @member {string} clientMessageId
             * @memberof mobile.v1.ChatMessage
             * @instance
             */
            ChatMessage.prototype.clientMessageId = "";

            /**
             * Creates a new ChatMessage instance using the specified properties.
             * @function create
             * @memberof mobile.v1.ChatMessage
             * @static
             * @param {mobile.v1.ChatMessage.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.ChatMessage} ChatMessage instance
             * @type {{
             *   (properties: mobile.v1.ChatMessage.$Shape): mobile.v1.ChatMessage & mobile.v1.ChatMessage.$Shape;
             *   (properties?: mobile.v1.ChatMessage.$Properties): mobile.v1.ChatMessage;
             * }}
             */
            ChatMessage.create = function(properties) {
                return new ChatMessage(properties);
            };

            /**
             * Encodes the specified ChatMessage message. Does not implicitly {@link mobile.v1.ChatMessage.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.ChatMessage
             * @static
             * @param {mobile.v1.ChatMessage.$Properties} m ChatMessage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChatMessage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.conversationId);
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq") && (typeof m.seq === "object" ? m.seq.low || m.seq.high : m.seq !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.seq);
                if (m.senderId != null && $Object.hasOwnProperty.call(m, "senderId") && m.senderId !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.senderId);
                if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.text);
                if (m.attachments != null && m.attachments.length) {
                    for (var i = 0; i < m.attachments.length; ++i)
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.attachments[i]);
                }
                if (m.replyTo != null && $Object.hasOwnProperty.call(m, "replyTo") && m.replyTo !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.replyTo);
                if (m.reactions != null && m.reactions.length) {
                    for (var i = 0; i < m.reactions.length; ++i)
                        $root.mobile.v1.Reaction.encode(m.reactions[i], w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                }
                if (m.sentAt != null && $Object.hasOwnProperty.call(m, "sentAt") && m.sentAt !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.sentAt);
                if (m.editedAt != null && $Object.hasOwnProperty.call(m, "editedAt") && m.editedAt !== "")
                    w.uint32(/* id 10, wireType 2 =*/82).string(m.editedAt);
                if (m.clientMessageId != null && $Object.hasOwnProperty.call(m, "clientMessageId") && m.clientMessageId !== "")
                    w.uint32(/* id 11, wireType 2 =*/90).string(m.clientMessageId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ChatMessage message, length delimited. Does not implicitly {@link mobile.v1.ChatMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.ChatMessage
             * @static
             * @param {mobile.v1.ChatMessage.$Properties} message ChatMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ChatMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ChatMessage message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.ChatMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.ChatMessage & mobile.v1.ChatMessage.$Shape} ChatMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChatMessage.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.ChatMessage();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.conversationId = v;
                            else
                                delete m.conversationId;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.seq = v;
                            else
                                delete m.seq;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.senderId = v;
                            else
                                delete m.senderId;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.text = v;
                            else
                                delete m.text;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.attachments && m.attachments.length))
                                m.attachments = [];
                            m.attachments.push(r.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.replyTo = v;
                            else
                                delete m.replyTo;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            if (!(m.reactions && m.reactions.length))
                                m.reactions = [];
                            m.reactions.push($root.mobile.v1.Reaction.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.sentAt = v;
                            else
                                delete m.sentAt;
                            continue;
                        }
                    case 10: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.editedAt = v;
                            else
                                delete m.editedAt;
                            continue;
                        }
                    case 11: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.clientMessageId = v;
                            else
                                delete m.clientMessageId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ChatMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.ChatMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.ChatMessage & mobile.v1.ChatMessage.$Shape} ChatMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ChatMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ChatMessage message.
             * @function verify
             * @memberof mobile.v1.ChatMessage
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ChatMessage.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isString(m.id))
                        return "id: string expected";
                }
                if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                    if (!$util.isString(m.conversationId))
                        return "conversationId: string expected";
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (!$util.isInteger(m.seq) && !(m.seq && $util.isInteger(m.seq.low) && $util.isInteger(m.seq.high)))
                        return "seq: integer|Long expected";
                }
                if (m.senderId != null && $Object.hasOwnProperty.call(m, "senderId")) {
                    if (!$util.isString(m.senderId))
                        return "senderId: string expected";
                }
                if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                    if (!$util.isString(m.text))
                        return "text: string expected";
                }
                if (m.attachments != null && $Object.hasOwnProperty.call(m, "attachments")) {
                    if (!$Array.isArray(m.attachments))
                        return "attachments: array expected";
                    for (var i = 0; i < m.attachments.length; ++i) {
                        if (!$util.isString(m.attachments[i]))
                            return "attachments: string[] expected";
                    }
                }
                if (m.replyTo != null && $Object.hasOwnProperty.call(m, "replyTo")) {
                    if (!$util.isString(m.replyTo))
                        return "replyTo: string expected";
                }
                if (m.reactions != null && $Object.hasOwnProperty.call(m, "reactions")) {
                    if (!$Array.isArray(m.reactions))
                        return "reactions: array expected";
                    for (var i = 0; i < m.reactions.length; ++i) {
                        {
                            var e = $root.mobile.v1.Reaction.verify(m.reactions[i], q + 1);
                            if (e)
                                return "reactions." + e;
                        }
                    }
                }
                if (m.sentAt != null && $Object.hasOwnProperty.call(m, "sentAt")) {
                    if (!$util.isString(m.sentAt))
                        return "sentAt: string expected";
                }
                if (m.editedAt != null && $Object.hasOwnProperty.call(m, "editedAt")) {
                    if (!$util.isString(m.editedAt))
                        return "editedAt: string expected";
                }
                if (m.clientMessageId != null && $Object.hasOwnProperty.call(m, "clientMessageId")) {
                    if (!$util.isString(m.clientMessageId))
                        return "clientMessageId: string expected";
                }
                return null;
            };

            /**
             * Creates a ChatMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.ChatMessage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.ChatMessage} ChatMessage
             */
            ChatMessage.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.ChatMessage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.ChatMessage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.ChatMessage();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.conversationId != null) {
                    if (typeof d.conversationId !== "string" || d.conversationId.length) {
                        m.conversationId = $String(d.conversationId);
                    }
                }
                if (d.seq != null) {
                    if (typeof d.seq === "object" ? d.seq.low || d.seq.high : $Number(d.seq) !== 0) {
                        if ($util.Long)
                            m.seq = $util.Long.fromValue(d.seq, false);
                        else if (typeof d.seq === "string")
                            m.seq = $parseInt(d.seq, 10);
                        else if (typeof d.seq === "number")
                            m.seq = d.seq;
                        else if (typeof d.seq === "object")
                            m.seq = new $util.LongBits(d.seq.low >>> 0, d.seq.high >>> 0).toNumber();
                    }
                }
                if (d.senderId != null) {
                    if (typeof d.senderId !== "string" || d.senderId.length) {
                        m.senderId = $String(d.senderId);
                    }
                }
                if (d.text != null) {
                    if (typeof d.text !== "string" || d.text.length) {
                        m.text = $String(d.text);
                    }
                }
                if (d.attachments) {
                    if (!$Array.isArray(d.attachments))
                        throw $TypeError(".mobile.v1.ChatMessage.attachments: array expected");
                    m.attachments = $Array(d.attachments.length);
                    for (var i = 0; i < d.attachments.length; ++i) {
                        m.attachments[i] = $String(d.attachments[i]);
                    }
                }
                if (d.replyTo != null) {
                    if (typeof d.replyTo !== "string" || d.replyTo.length) {
                        m.replyTo = $String(d.replyTo);
                    }
                }
                if (d.reactions) {
                    if (!$Array.isArray(d.reactions))
                        throw $TypeError(".mobile.v1.ChatMessage.reactions: array expected");
                    m.reactions = $Array(d.reactions.length);
                    for (var i = 0; i < d.reactions.length; ++i) {
                        if (!$util.isObject(d.reactions[i]))
                            throw $TypeError(".mobile.v1.ChatMessage.reactions: object expected");
                        m.reactions[i] = $root.mobile.v1.Reaction.fromObject(d.reactions[i], q + 1);
                    }
                }
                if (d.sentAt != null) {
                    if (typeof d.sentAt !== "string" || d.sentAt.length) {
                        m.sentAt = $String(d.sentAt);
                    }
                }
                if (d.editedAt != null) {
                    if (typeof d.editedAt !== "string" || d.editedAt.length) {
                        m.editedAt = $String(d.editedAt);
                    }
                }
                if (d.clientMessageId != null) {
                    if (typeof d.clientMessageId !== "string" || d.clientMessageId.length) {
                        m.clientMessageId = $String(d.clientMessageId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ChatMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.ChatMessage
             * @static
             * @param {mobile.v1.ChatMessage} m ChatMessage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ChatMessage.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.attachments = [];
                    d.reactions = [];
                }
                if (o.defaults) {
                    d.id = "";
                    d.conversationId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.seq = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.seq = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.senderId = "";
                    d.text = "";
                    d.replyTo = "";
                    d.sentAt = "";
                    d.editedAt = "";
                    d.clientMessageId = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                    d.conversationId = m.conversationId;
                }
                if (m.seq != null && $Object.hasOwnProperty.call(m, "seq")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.seq = typeof m.seq === "number" ? $BigInt(m.seq) : $util.Long.fromBits(m.seq.low >>> 0, m.seq.high >>> 0, false).toBigInt();
                    else if (typeof m.seq === "number")
                        d.seq = o.longs === $String ? $String(m.seq) : m.seq;
                    else
                        d.seq = o.longs === $String ? $util.Long.prototype.toString.call(m.seq) : o.longs === $Number ? new $util.LongBits(m.seq.low >>> 0, m.seq.high >>> 0).toNumber() : m.seq;
                }
                if (m.senderId != null && $Object.hasOwnProperty.call(m, "senderId")) {
                    d.senderId = m.senderId;
                }
                if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                    d.text = m.text;
                }
                if (m.attachments && m.attachments.length) {
                    d.attachments = $Array(m.attachments.length);
                    for (var j = 0; j < m.attachments.length; ++j) {
                        d.attachments[j] = m.attachments[j];
                    }
                }
                if (m.replyTo != null && $Object.hasOwnProperty.call(m, "replyTo")) {
                    d.replyTo = m.replyTo;
                }
                if (m.reactions && m.reactions.length) {
                    d.reactions = $Array(m.reactions.length);
                    for (var j = 0; j < m.reactions.length; ++j) {
                        d.reactions[j] = $root.mobile.v1.Reaction.toObject(m.reactions[j], o, q + 1);
                    }
                }
                if (m.sentAt != null && $Object.hasOwnProperty.call(m, "sentAt")) {
                    d.sentAt = m.sentAt;
                }
                if (m.editedAt != null && $Object.hasOwnProperty.call(m, "editedAt")) {
                    d.editedAt = m.editedAt;
                }
                if (m.clientMessageId != null && $Object.hasOwnProperty.call(m, "clientMessageId")) {
                    d.clientMessageId = m.clientMessageId;
                }
                return d;
            };

            /**
             * Converts this ChatMessage to JSON.
             * @function toJSON
             * @memberof mobile.v1.ChatMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ChatMessage.prototype.toJSON = function() {
                return ChatMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ChatMessage
             * @function getTypeUrl
             * @memberof mobile.v1.ChatMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ChatMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.ChatMessage";
            };

            return ChatMessage;
        })();

        v1.Reaction = (function() {

            /**
             * Properties of a Reaction.
             * @typedef {Object} mobile.v1.Reaction.$Properties
             * @property {string|null} [emoji] Reaction emoji
             * @property {Array.<string>|null} [userIds] Reaction userIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reaction.
             * @memberof mobile.v1
             * @interface IReaction
             * @augments mobile.v1.Reaction.$Properties
             * @deprecated Use mobile.v1.Reaction.$Properties instead.
             */

            /**
             * Shape of a Reaction.
             * @typedef {mobile.v1.Reaction.$Properties} mobile.v1.Reaction.$Shape
             */

            /**
             * Constructs a new Reaction.
             * @memberof mobile.v1
             * @classdesc Represents a Reaction.
             * @constructor
             * @param {mobile.v1.Reaction.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reaction = function (p) {
                this.userIds = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Reaction emoji.
             * @member {string} emoji
             * @memberof mobile.v1.Reaction
             * @instance
             */
            Reaction.prototype.emoji = "";

            /**
             * Reaction userIds.
             * @member {Array.<string>} userIds
             * @memberof mobile.v1.Reaction
             * @instance
             */
            Reaction.prototype.userIds = $util.emptyArray;

            /**
             * Creates a new Reaction instance using the specified properties.
             * @function create
             * @memberof mobile.v1.Reaction
             * @static
             * @param {mobile.v1.Reaction.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.Reaction} Reaction instance
             * @type {{
             *   (properties: mobile.v1.Reaction.$Shape): mobile.v1.Reaction & mobile.v1.Reaction.$Shape;
             *   (properties?: mobile.v1.Reaction.$Properties): mobile.v1.Reaction;
             * }}
             */
            Reaction.create = function(properties) {
                return new Reaction(properties);
            };

            /**
             * Encodes the specified Reaction message. Does not implicitly {@link mobile.v1.Reaction.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.Reaction
             * @static
             * @param {mobile.v1.Reaction.$Properties} m Reaction message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reaction.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.emoji != null && $Object.hasOwnProperty.call(m, "emoji") && m.emoji !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.emoji);
                if (m.userIds != null && m.userIds.length) {
                    for (var i = 0; i < m.userIds.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.userIds[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Reaction message, length delimited. Does not implicitly {@link mobile.v1.Reaction.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.Reaction
             * @static
             * @param {mobile.v1.Reaction.$Properties} message Reaction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reaction.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Reaction message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.Reaction
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.Reaction & mobile.v1.Reaction.$Shape} Reaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reaction.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.Reaction();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.emoji = v;
                            else
                                delete m.emoji;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.userIds && m.userIds.length))
                                m.userIds = [];
                            m.userIds.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Reaction message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.Reaction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.Reaction & mobile.v1.Reaction.$Shape} Reaction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reaction.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Reaction message.
             * @function verify
             * @memberof mobile.v1.Reaction
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Reaction.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.emoji != null && $Object.hasOwnProperty.call(m, "emoji")) {
                    if (!$util.isString(m.emoji))
                        return "emoji: string expected";
                }
                if (m.userIds != null && $Object.hasOwnProperty.call(m, "userIds")) {
                    if (!$Array.isArray(m.userIds))
                        return "userIds: array expected";
                    for (var i = 0; i < m.userIds.length; ++i) {
                        if (!$util.isString(m.userIds[i]))
                            return "userIds: string[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a Reaction message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.Reaction
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.Reaction} Reaction
             */
            Reaction.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.Reaction)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.Reaction: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.Reaction();
                if (d.emoji != null) {
                    if (typeof d.emoji !== "string" || d.emoji.length) {
                        m.emoji = $String(d.emoji);
                    }
                }
                if (d.userIds) {
                    if (!$Array.isArray(d.userIds))
                        throw $TypeError(".mobile.v1.Reaction.userIds: array expected");
                    m.userIds = $Array(d.userIds.length);
                    for (var i = 0; i < d.userIds.length; ++i) {
                        m.userIds[i] = $String(d.userIds[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Reaction message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.Reaction
             * @static
             * @param {mobile.v1.Reaction} m Reaction
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reaction.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.userIds = [];
                }
                if (o.defaults) {
                    d.emoji = "";
                }
                if (m.emoji != null && $Object.hasOwnProperty.call(m, "emoji")) {
                    d.emoji = m.emoji;
                }
                if (m.userIds && m.userIds.length) {
                    d.userIds = $Array(m.userIds.length);
                    for (var j = 0; j < m.userIds.length; ++j) {
                        d.userIds[j] = m.userIds[j];
                    }
                }
                return d;
            };

            /**
             * Converts this Reaction to JSON.
             * @function toJSON
             * @memberof mobile.v1.Reaction
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reaction.prototype.toJSON = function() {
                return Reaction.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Reaction
             * @function getTypeUrl
             * @memberof mobile.v1.Reaction
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Reaction.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.Reaction";
            };

            return Reaction;
        })();

        v1.ClientFrame = (function() {

            /**
             * Properties of a ClientFrame.
             * @typedef {Object} mobile.v1.ClientFrame.$Properties
             * @property {mobile.v1.Subscribe.$Properties|null} [subscribe] ClientFrame subscribe
             * @property {mobile.v1.Reauthenticate.$Properties|null} [reauthenticate] ClientFrame reauthenticate
             * @property {mobile.v1.Command.$Properties|null} [command] ClientFrame command
             * @property {mobile.v1.Watch.$Properties|null} [watch] ClientFrame watch
             * @property {"subscribe"|"reauthenticate"|"command"|"watch"} [frame] ClientFrame frame
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ClientFrame.
             * @memberof mobile.v1
             * @interface IClientFrame
             * @augments mobile.v1.ClientFrame.$Properties
             * @deprecated Use mobile.v1.ClientFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a ClientFrame.
             * @typedef {{
             *   subscribe?: mobile.v1.Subscribe.$Shape|null;
             *   reauthenticate?: mobile.v1.Reauthenticate.$Shape|null;
             *   command?: mobile.v1.Command.$Shape|null;
             *   watch?: mobile.v1.Watch.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ frame?: undefined; subscribe?: null; reauthenticate?: null; command?: null; watch?: null }|{ frame?: "subscribe"; subscribe: mobile.v1.Subscribe.$Shape; reauthenticate?: null; command?: null; watch?: null }|{ frame?: "reauthenticate"; subscribe?: null; reauthenticate: mobile.v1.Reauthenticate.$Shape; command?: null; watch?: null }|{ frame?: "command"; subscribe?: null; reauthenticate?: null; command: mobile.v1.Command.$Shape; watch?: null }|{ frame?: "watch"; subscribe?: null; reauthenticate?: null; command?: null; watch: mobile.v1.Watch.$Shape })
             * )} mobile.v1.ClientFrame.$Shape
             */

            /**
             * Constructs a new ClientFrame.
             * @memberof mobile.v1
             * @classdesc Represents a ClientFrame.
             * @constructor
             * @param {mobile.v1.ClientFrame.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ClientFrame = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ClientFrame subscribe.
             * @member {mobile.v1.Subscribe.$Properties|null|undefined} subscribe
             * @memberof mobile.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.subscribe = null;

            /**
             * ClientFrame reauthenticate.
             * @member {mobile.v1.Reauthenticate.$Properties|null|undefined} reauthenticate
             * @memberof mobile.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.reauthenticate = null;

            /**
             * ClientFrame command.
             * @member {mobile.v1.Command.$Properties|null|undefined} command
             * @memberof mobile.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.command = null;

            /**
             * ClientFrame watch.
             * @member {mobile.v1.Watch.$Properties|null|undefined} watch
             * @memberof mobile.v1.ClientFrame
             * @instance
             */
            ClientFrame.prototype.watch = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ClientFrame frame.
             * @member {"subscribe"|"reauthenticate"|"command"|"watch"|undefined} frame
             * @memberof mobile.v1.ClientFrame
             * @instance
             */
            $Object.defineProperty(ClientFrame.prototype, "frame", {
                get: $util.oneOfGetter($oneOfFields = ["subscribe", "reauthenticate", "command", "watch"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ClientFrame instance using the specified properties.
             * @function create
             * @memberof mobile.v1.ClientFrame
             * @static
             * @param {mobile.v1.ClientFrame.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.ClientFrame} ClientFrame instance
             * @type {{
             *   (properties: mobile.v1.ClientFrame.$Shape): mobile.v1.ClientFrame & mobile.v1.ClientFrame.$Shape;
             *   (properties?: mobile.v1.ClientFrame.$Properties): mobile.v1.ClientFrame;
             * }}
             */
            ClientFrame.create = function(properties) {
                return new ClientFrame(properties);
            };

            /**
             * Encodes the specified ClientFrame message. Does not implicitly {@link mobile.v1.ClientFrame.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.ClientFrame
             * @static
             * @param {mobile.v1.ClientFrame.$Properties} m ClientFrame message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientFrame.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.subscribe != null && $Object.hasOwnProperty.call(m, "subscribe"))
                    $root.mobile.v1.Subscribe.encode(m.subscribe, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.reauthenticate != null && $Object.hasOwnProperty.call(m, "reauthenticate"))
                    $root.mobile.v1.Reauthenticate.encode(m.reauthenticate, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.command != null && $Object.hasOwnProperty.call(m, "command"))
                    $root.mobile.v1.Command.encode(m.command, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.watch != null && $Object.hasOwnProperty.call(m, "watch"))
                    $root.mobile.v1.Watch.encode(m.watch, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ClientFrame message, length delimited. Does not implicitly {@link mobile.v1.ClientFrame.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.ClientFrame
             * @static
             * @param {mobile.v1.ClientFrame.$Properties} message ClientFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ClientFrame.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ClientFrame message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.ClientFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.ClientFrame & mobile.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientFrame.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.ClientFrame();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.subscribe = $root.mobile.v1.Subscribe.decode(r, r.size(), $undefined, q + 1, m.subscribe);
                            m.frame = "subscribe";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.reauthenticate = $root.mobile.v1.Reauthenticate.decode(r, r.size(), $undefined, q + 1, m.reauthenticate);
                            m.frame = "reauthenticate";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.command = $root.mobile.v1.Command.decode(r, r.size(), $undefined, q + 1, m.command);
                            m.frame = "command";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.watch = $root.mobile.v1.Watch.decode(r, r.size(), $undefined, q + 1, m.watch);
                            m.frame = "watch";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ClientFrame message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.ClientFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.ClientFrame & mobile.v1.ClientFrame.$Shape} ClientFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ClientFrame.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ClientFrame message.
             * @function verify
             * @memberof mobile.v1.ClientFrame
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ClientFrame.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.subscribe != null && $Object.hasOwnProperty.call(m, "subscribe")) {
                    p.frame = 1;
                    {
                        var e = $root.mobile.v1.Subscribe.verify(m.subscribe, q + 1);
                        if (e)
                            return "subscribe." + e;
                    }
                }
                if (m.reauthenticate != null && $Object.hasOwnProperty.call(m, "reauthenticate")) {
                    if (p.frame === 1)
                        return "frame: multiple values";
                    p.frame = 1;
                    {
                        var e = $root.mobile.v1.Reauthenticate.verify(m.reauthenticate, q + 1);
                        if (e)
                            return "reauthenticate." + e;
                    }
                }
                if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                    if (p.frame === 1)
                        return "frame: multiple values";
                    p.frame = 1;
                    {
                        var e = $root.mobile.v1.Command.verify(m.command, q + 1);
                        if (e)
                            return "command." + e;
                    }
                }
                if (m.watch != null && $Object.hasOwnProperty.call(m, "watch")) {
                    if (p.frame === 1)
                        return "frame: multiple values";
                    p.frame = 1;
                    {
                        var e = $root.mobile.v1.Watch.verify(m.watch, q + 1);
                        if (e)
                            return "watch." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a ClientFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.ClientFrame
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.ClientFrame} ClientFrame
             */
            ClientFrame.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.ClientFrame)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.ClientFrame: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.ClientFrame();
                if (d.subscribe != null) {
                    if (!$util.isObject(d.subscribe))
                        throw $TypeError(".mobile.v1.ClientFrame.subscribe: object expected");
                    m.subscribe = $root.mobile.v1.Subscribe.fromObject(d.subscribe, q + 1);
                }
                if (d.reauthenticate != null) {
                    if (!$util.isObject(d.reauthenticate))
                        throw $TypeError(".mobile.v1.ClientFrame.reauthenticate: object expected");
                    m.reauthenticate = $root.mobile.v1.Reauthenticate.fromObject(d.reauthenticate, q + 1);
                }
                if (d.command != null) {
                    if (!$util.isObject(d.command))
                        throw $TypeError(".mobile.v1.ClientFrame.command: object expected");
                    m.command = $root.mobile.v1.Command.fromObject(d.command, q + 1);
                }
                if (d.watch != null) {
                    if (!$util.isObject(d.watch))
                        throw $TypeError(".mobile.v1.ClientFrame.watch: object expected");
                    m.watch = $root.mobile.v1.Watch.fromObject(d.watch, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ClientFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.ClientFrame
             * @static
             * @param {mobile.v1.ClientFrame} m ClientFrame
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ClientFrame.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.subscribe != null && $Object.hasOwnProperty.call(m, "subscribe")) {
                    d.subscribe = $root.mobile.v1.Subscribe.toObject(m.subscribe, o, q + 1);
                    if (o.oneofs)
                        d.frame = "subscribe";
                }
                if (m.reauthenticate != null && $Object.hasOwnProperty.call(m, "reauthenticate")) {
                    d.reauthenticate = $root.mobile.v1.Reauthenticate.toObject(m.reauthenticate, o, q + 1);
                    if (o.oneofs)
                        d.frame = "reauthenticate";
                }
                if (m.command != null && $Object.hasOwnProperty.call(m, "command")) {
                    d.command = $root.mobile.v1.Command.toObject(m.command, o, q + 1);
                    if (o.oneofs)
                        d.frame = "command";
                }
                if (m.watch != null && $Object.hasOwnProperty.call(m, "watch")) {
                    d.watch = $root.mobile.v1.Watch.toObject(m.watch, o, q + 1);
                    if (o.oneofs)
                        d.frame = "watch";
                }
                return d;
            };

            /**
             * Converts this ClientFrame to JSON.
             * @function toJSON
             * @memberof mobile.v1.ClientFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ClientFrame.prototype.toJSON = function() {
                return ClientFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ClientFrame
             * @function getTypeUrl
             * @memberof mobile.v1.ClientFrame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ClientFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.ClientFrame";
            };

            return ClientFrame;
        })();

        v1.Subscribe = (function() {

            /**
             * Properties of a Subscribe.
             * @typedef {Object} mobile.v1.Subscribe.$Properties
             * @property {string|null} [cursor] Subscribe cursor
             * @property {Array.<string>|null} [collections] Subscribe collections
             * @property {boolean|null} [whole] Subscribe whole
             * @property {number|null} [limit] Subscribe limit
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Subscribe.
             * @memberof mobile.v1
             * @interface ISubscribe
             * @augments mobile.v1.Subscribe.$Properties
             * @deprecated Use mobile.v1.Subscribe.$Properties instead.
             */

            /**
             * Shape of a Subscribe.
             * @typedef {mobile.v1.Subscribe.$Properties} mobile.v1.Subscribe.$Shape
             */

            /**
             * Constructs a new Subscribe.
             * @memberof mobile.v1
             * @classdesc Represents a Subscribe.
             * @constructor
             * @param {mobile.v1.Subscribe.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Subscribe = function (p) {
                this.collections = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Subscribe cursor.
             * @member {string} cursor
             * @memberof mobile.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.cursor = "";

            /**
             * Subscribe collections.
             * @member {Array.<string>} collections
             * @memberof mobile.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.collections = $util.emptyArray;

            /**
             * Subscribe whole.
             * @member {boolean} whole
             * @memberof mobile.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.whole = false;

            /**
             * Subscribe limit.
             * @member {number} limit
             * @memberof mobile.v1.Subscribe
             * @instance
             */
            Subscribe.prototype.limit = 0;

            /**
             * Creates a new Subscribe instance using the specified properties.
             * @function create
             * @memberof mobile.v1.Subscribe
             * @static
             * @param {mobile.v1.Subscribe.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.Subscribe} Subscribe instance
             * @type {{
             *   (properties: mobile.v1.Subscribe.$Shape): mobile.v1.Subscribe & mobile.v1.Subscribe.$Shape;
             *   (properties?: mobile.v1.Subscribe.$Properties): mobile.v1.Subscribe;
             * }}
             */
            Subscribe.create = function(properties) {
                return new Subscribe(properties);
            };

            /**
             * Encodes the specified Subscribe message. Does not implicitly {@link mobile.v1.Subscribe.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.Subscribe
             * @static
             * @param {mobile.v1.Subscribe.$Properties} m Subscribe message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Subscribe.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.cursor != null && $Object.hasOwnProperty.call(m, "cursor") && m.cursor !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.cursor);
                if (m.collections != null && m.collections.length) {
                    for (var i = 0; i < m.collections.length; ++i)
                        w.uint32(/* id 2, wireType 2 =*/18).string(m.collections[i]);
                }
                if (m.whole != null && $Object.hasOwnProperty.call(m, "whole") && m.whole !== false)
                    w.uint32(/* id 3, wireType 0 =*/24).bool(m.whole);
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit") && m.limit !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).int32(m.limit);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Subscribe message, length delimited. Does not implicitly {@link mobile.v1.Subscribe.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.Subscribe
             * @static
             * @param {mobile.v1.Subscribe.$Properties} message Subscribe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Subscribe.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Subscribe message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.Subscribe
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.Subscribe & mobile.v1.Subscribe.$Shape} Subscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Subscribe.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.Subscribe();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.cursor = v;
                            else
                                delete m.cursor;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.collections && m.collections.length))
                                m.collections = [];
                            m.collections.push(r.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.whole = v;
                            else
                                delete m.whole;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.limit = v;
                            else
                                delete m.limit;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Subscribe message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.Subscribe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.Subscribe & mobile.v1.Subscribe.$Shape} Subscribe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Subscribe.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Subscribe message.
             * @function verify
             * @memberof mobile.v1.Subscribe
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Subscribe.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.cursor != null && $Object.hasOwnProperty.call(m, "cursor")) {
                    if (!$util.isString(m.cursor))
                        return "cursor: string expected";
                }
                if (m.collections != null && $Object.hasOwnProperty.call(m, "collections")) {
                    if (!$Array.isArray(m.collections))
                        return "collections: array expected";
                    for (var i = 0; i < m.collections.length; ++i) {
                        if (!$util.isString(m.collections[i]))
                            return "collections: string[] expected";
                    }
                }
                if (m.whole != null && $Object.hasOwnProperty.call(m, "whole")) {
                    if (typeof m.whole !== "boolean")
                        return "whole: boolean expected";
                }
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit")) {
                    if (!$util.isInteger(m.limit))
                        return "limit: integer expected";
                }
                return null;
            };

            /**
             * Creates a Subscribe message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.Subscribe
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.Subscribe} Subscribe
             */
            Subscribe.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.Subscribe)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.Subscribe: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.Subscribe();
                if (d.cursor != null) {
                    if (typeof d.cursor !== "string" || d.cursor.length) {
                        m.cursor = $String(d.cursor);
                    }
                }
                if (d.collections) {
                    if (!$Array.isArray(d.collections))
                        throw $TypeError(".mobile.v1.Subscribe.collections: array expected");
                    m.collections = $Array(d.collections.length);
                    for (var i = 0; i < d.collections.length; ++i) {
                        m.collections[i] = $String(d.collections[i]);
                    }
                }
                if (d.whole != null) {
                    if (d.whole) {
                        m.whole = $Boolean(d.whole);
                    }
                }
                if (d.limit != null) {
                    if ($Number(d.limit) !== 0) {
                        m.limit = d.limit | 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Subscribe message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.Subscribe
             * @static
             * @param {mobile.v1.Subscribe} m Subscribe
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Subscribe.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.collections = [];
                }
                if (o.defaults) {
                    d.cursor = "";
                    d.whole = false;
                    d.limit = 0;
                }
                if (m.cursor != null && $Object.hasOwnProperty.call(m, "cursor")) {
                    d.cursor = m.cursor;
                }
                if (m.collections && m.collections.length) {
                    d.collections = $Array(m.collections.length);
                    for (var j = 0; j < m.collections.length; ++j) {
                        d.collections[j] = m.collections[j];
                    }
                }
                if (m.whole != null && $Object.hasOwnProperty.call(m, "whole")) {
                    d.whole = m.whole;
                }
                if (m.limit != null && $Object.hasOwnProperty.call(m, "limit")) {
                    d.limit = m.limit;
                }
                return d;
            };

            /**
             * Converts this Subscribe to JSON.
             * @function toJSON
             * @memberof mobile.v1.Subscribe
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Subscribe.prototype.toJSON = function() {
                return Subscribe.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Subscribe
             * @function getTypeUrl
             * @memberof mobile.v1.Subscribe
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Subscribe.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.Subscribe";
            };

            return Subscribe;
        })();

        v1.Reauthenticate = (function() {

            /**
             * Properties of a Reauthenticate.
             * @typedef {Object} mobile.v1.Reauthenticate.$Properties
             * @property {string|null} [accessToken] Reauthenticate accessToken
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reauthenticate.
             * @memberof mobile.v1
             * @interface IReauthenticate
             * @augments mobile.v1.Reauthenticate.$Properties
             * @deprecated Use mobile.v1.Reauthenticate.$Properties instead.
             */

            /**
             * Shape of a Reauthenticate.
             * @typedef {mobile.v1.Reauthenticate.$Properties} mobile.v1.Reauthenticate.$Shape
             */

            /**
             * Constructs a new Reauthenticate.
             * @memberof mobile.v1
             * @classdesc Represents a Reauthenticate.
             * @constructor
             * @param {mobile.v1.Reauthenticate.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reauthenticate = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Reauthenticate accessToken.
             * @member {string} accessToken
             * @memberof mobile.v1.Reauthenticate
             * @instance
             */
            Reauthenticate.prototype.accessToken = "";

            /**
             * Creates a new Reauthenticate instance using the specified properties.
             * @function create
             * @memberof mobile.v1.Reauthenticate
             * @static
             * @param {mobile.v1.Reauthenticate.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.Reauthenticate} Reauthenticate instance
             * @type {{
             *   (properties: mobile.v1.Reauthenticate.$Shape): mobile.v1.Reauthenticate & mobile.v1.Reauthenticate.$Shape;
             *   (properties?: mobile.v1.Reauthenticate.$Properties): mobile.v1.Reauthenticate;
             * }}
             */
            Reauthenticate.create = function(properties) {
                return new Reauthenticate(properties);
            };

            /**
             * Encodes the specified Reauthenticate message. Does not implicitly {@link mobile.v1.Reauthenticate.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.Reauthenticate
             * @static
             * @param {mobile.v1.Reauthenticate.$Properties} m Reauthenticate message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reauthenticate.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.accessToken != null && $Object.hasOwnProperty.call(m, "accessToken") && m.accessToken !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.accessToken);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Reauthenticate message, length delimited. Does not implicitly {@link mobile.v1.Reauthenticate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.Reauthenticate
             * @static
             * @param {mobile.v1.Reauthenticate.$Properties} message Reauthenticate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reauthenticate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Reauthenticate message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.Reauthenticate
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.Reauthenticate & mobile.v1.Reauthenticate.$Shape} Reauthenticate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reauthenticate.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.Reauthenticate();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.accessToken = v;
                            else
                                delete m.accessToken;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Reauthenticate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.Reauthenticate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.Reauthenticate & mobile.v1.Reauthenticate.$Shape} Reauthenticate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reauthenticate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Reauthenticate message.
             * @function verify
             * @memberof mobile.v1.Reauthenticate
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Reauthenticate.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.accessToken != null && $Object.hasOwnProperty.call(m, "accessToken")) {
                    if (!$util.isString(m.accessToken))
                        return "accessToken: string expected";
                }
                return null;
            };

            /**
             * Creates a Reauthenticate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.Reauthenticate
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.Reauthenticate} Reauthenticate
             */
            Reauthenticate.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.Reauthenticate)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.Reauthenticate: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.Reauthenticate();
                if (d.accessToken != null) {
                    if (typeof d.accessToken !== "string" || d.accessToken.length) {
                        m.accessToken = $String(d.accessToken);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Reauthenticate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.Reauthenticate
             * @static
             * @param {mobile.v1.Reauthenticate} m Reauthenticate
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reauthenticate.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.accessToken = "";
                }
                if (m.accessToken != null && $Object.hasOwnProperty.call(m, "accessToken")) {
                    d.accessToken = m.accessToken;
                }
                return d;
            };

            /**
             * Converts this Reauthenticate to JSON.
             * @function toJSON
             * @memberof mobile.v1.Reauthenticate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reauthenticate.prototype.toJSON = function() {
                return Reauthenticate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Reauthenticate
             * @function getTypeUrl
             * @memberof mobile.v1.Reauthenticate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Reauthenticate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.Reauthenticate";
            };

            return Reauthenticate;
        })();

        v1.Command = (function() {

            /**
             * Properties of a Command.
             * @typedef {Object} mobile.v1.Command.$Properties
             * @property {string|null} [id] Command id
             * @property {mobile.v1.SendMessage.$Properties|null} [sendMessage] Command sendMessage
             * @property {mobile.v1.MarkReceipts.$Properties|null} [markReceipts] Command markReceipts
             * @property {mobile.v1.Typing.$Properties|null} [typing] Command typing
             * @property {mobile.v1.SetPresence.$Properties|null} [setPresence] Command setPresence
             * @property {"sendMessage"|"markReceipts"|"typing"|"setPresence"} [command] Command command
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Command.
             * @memberof mobile.v1
             * @interface ICommand
             * @augments mobile.v1.Command.$Properties
             * @deprecated Use mobile.v1.Command.$Properties instead.
             */

            /**
             * Narrowed shape of a Command.
             * @typedef {{
             *   id?: string|null;
             *   sendMessage?: mobile.v1.SendMessage.$Shape|null;
             *   markReceipts?: mobile.v1.MarkReceipts.$Shape|null;
             *   typing?: mobile.v1.Typing.$Shape|null;
             *   setPresence?: mobile.v1.SetPresence.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ command?: undefined; sendMessage?: null; markReceipts?: null; typing?: null; setPresence?: null }|{ command?: "sendMessage"; sendMessage: mobile.v1.SendMessage.$Shape; markReceipts?: null; typing?: null; setPresence?: null }|{ command?: "markReceipts"; sendMessage?: null; markReceipts: mobile.v1.MarkReceipts.$Shape; typing?: null; setPresence?: null }|{ command?: "typing"; sendMessage?: null; markReceipts?: null; typing: mobile.v1.Typing.$Shape; setPresence?: null }|{ command?: "setPresence"; sendMessage?: null; markReceipts?: null; typing?: null; setPresence: mobile.v1.SetPresence.$Shape })
             * )} mobile.v1.Command.$Shape
             */

            /**
             * Constructs a new Command.
             * @memberof mobile.v1
             * @classdesc Represents a Command.
             * @constructor
             * @param {mobile.v1.Command.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Command = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Command id.
             * @member {string} id
             * @memberof mobile.v1.Command
             * @instance
             */
            Command.prototype.id = "";

            /**
             * Command sendMessage.
             * @member {mobile.v1.SendMessage.$Properties|null|undefined} sendMessage
             * @memberof mobile.v1.Command
             * @instance
             */
            Command.prototype.sendMessage = null;

            /**
             * Command markReceipts.
             * @member {mobile.v1.MarkReceipts.$Properties|null|undefined} markReceipts
             * @memberof mobile.v1.Command
             * @instance
             */
            Command.prototype.markReceipts = null;

            /**
             * Command typing.
             * @member {mobile.v1.Typing.$Properties|null|undefined} typing
             * @memberof mobile.v1.Command
             * @instance
             */
            Command.prototype.typing = null;

            /**
             * Command setPresence.
             * @member {mobile.v1.SetPresence.$Properties|null|undefined} setPresence
             * @memberof mobile.v1.Command
             * @instance
             */
            Command.prototype.setPresence = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Command command.
             * @member {"sendMessage"|"markReceipts"|"typing"|"setPresence"|undefined} command
             * @memberof mobile.v1.Command
             * @instance
             */
            $Object.defineProperty(Command.prototype, "command", {
                get: $util.oneOfGetter($oneOfFields = ["sendMessage", "markReceipts", "typing", "setPresence"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Command instance using the specified properties.
             * @function create
             * @memberof mobile.v1.Command
             * @static
             * @param {mobile.v1.Command.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.Command} Command instance
             * @type {{
             *   (properties: mobile.v1.Command.$Shape): mobile.v1.Command & mobile.v1.Command.$Shape;
             *   (properties?: mobile.v1.Command.$Properties): mobile.v1.Command;
             * }}
             */
            Command.create = function(properties) {
                return new Command(properties);
            };

            /**
             * Encodes the specified Command message. Does not implicitly {@link mobile.v1.Command.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.Command
             * @static
             * @param {mobile.v1.Command.$Properties} m Command message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.sendMessage != null && $Object.hasOwnProperty.call(m, "sendMessage"))
                    $root.mobile.v1.SendMessage.encode(m.sendMessage, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.markReceipts != null && $Object.hasOwnProperty.call(m, "markReceipts"))
                    $root.mobile.v1.MarkReceipts.encode(m.markReceipts, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.typing != null && $Object.hasOwnProperty.call(m, "typing"))
                    $root.mobile.v1.Typing.encode(m.typing, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.setPresence != null && $Object.hasOwnProperty.call(m, "setPresence"))
                    $root.mobile.v1.SetPresence.encode(m.setPresence, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Command message, length delimited. Does not implicitly {@link mobile.v1.Command.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.Command
             * @static
             * @param {mobile.v1.Command.$Properties} message Command message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.Command & mobile.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.Command();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.sendMessage = $root.mobile.v1.SendMessage.decode(r, r.size(), $undefined, q + 1, m.sendMessage);
                            m.command = "sendMessage";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.markReceipts = $root.mobile.v1.MarkReceipts.decode(r, r.size(), $undefined, q + 1, m.markReceipts);
                            m.command = "markReceipts";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.typing = $root.mobile.v1.Typing.decode(r, r.size(), $undefined, q + 1, m.typing);
                            m.command = "typing";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.setPresence = $root.mobile.v1.SetPresence.decode(r, r.size(), $undefined, q + 1, m.setPresence);
                            m.command = "setPresence";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Command message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.Command & mobile.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Command message.
             * @function verify
             * @memberof mobile.v1.Command
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Command.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isString(m.id))
                        return "id: string expected";
                }
                if (m.sendMessage != null && $Object.hasOwnProperty.call(m, "sendMessage")) {
                    p.command = 1;
                    {
                        var e = $root.mobile.v1.SendMessage.verify(m.sendMessage, q + 1);
                        if (e)
                            return "sendMessage." + e;
                    }
                }
                if (m.markReceipts != null && $Object.hasOwnProperty.call(m, "markReceipts")) {
                    if (p.command === 1)
                        return "command: multiple values";
                    p.command = 1;
                    {
                        var e = $root.mobile.v1.MarkReceipts.verify(m.markReceipts, q + 1);
                        if (e)
                            return "markReceipts." + e;
                    }
                }
                if (m.typing != null && $Object.hasOwnProperty.call(m, "typing")) {
                    if (p.command === 1)
                        return "command: multiple values";
                    p.command = 1;
                    {
                        var e = $root.mobile.v1.Typing.verify(m.typing, q + 1);
                        if (e)
                            return "typing." + e;
                    }
                }
                if (m.setPresence != null && $Object.hasOwnProperty.call(m, "setPresence")) {
                    if (p.command === 1)
                        return "command: multiple values";
                    p.command = 1;
                    {
                        var e = $root.mobile.v1.SetPresence.verify(m.setPresence, q + 1);
                        if (e)
                            return "setPresence." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.Command
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.Command} Command
             */
            Command.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.Command)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.Command: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.Command();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.sendMessage != null) {
                    if (!$util.isObject(d.sendMessage))
                        throw $TypeError(".mobile.v1.Command.sendMessage: object expected");
                    m.sendMessage = $root.mobile.v1.SendMessage.fromObject(d.sendMessage, q + 1);
                }
                if (d.markReceipts != null) {
                    if (!$util.isObject(d.markReceipts))
                        throw $TypeError(".mobile.v1.Command.markReceipts: object expected");
                    m.markReceipts = $root.mobile.v1.MarkReceipts.fromObject(d.markReceipts, q + 1);
                }
                if (d.typing != null) {
                    if (!$util.isObject(d.typing))
                        throw $TypeError(".mobile.v1.Command.typing: object expected");
                    m.typing = $root.mobile.v1.Typing.fromObject(d.typing, q + 1);
                }
                if (d.setPresence != null) {
                    if (!$util.isObject(d.setPresence))
                        throw $TypeError(".mobile.v1.Command.setPresence: object expected");
                    m.setPresence = $root.mobile.v1.SetPresence.fromObject(d.setPresence, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.Command
             * @static
             * @param {mobile.v1.Command} m Command
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Command.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = "";
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.sendMessage != null && $Object.hasOwnProperty.call(m, "sendMessage")) {
                    d.sendMessage = $root.mobile.v1.SendMessage.toObject(m.sendMessage, o, q + 1);
                    if (o.oneofs)
                        d.command = "sendMessage";
                }
                if (m.markReceipts != null && $Object.hasOwnProperty.call(m, "markReceipts")) {
                    d.markReceipts = $root.mobile.v1.MarkReceipts.toObject(m.markReceipts, o, q + 1);
                    if (o.oneofs)
                        d.command = "markReceipts";
                }
                if (m.typing != null && $Object.hasOwnProperty.call(m, "typing")) {
                    d.typing = $root.mobile.v1.Typing.toObject(m.typing, o, q + 1);
                    if (o.oneofs)
                        d.command = "typing";
                }
                if (m.setPresence != null && $Object.hasOwnProperty.call(m, "setPresence")) {
                    d.setPresence = $root.mobile.v1.SetPresence.toObject(m.setPresence, o, q + 1);
                    if (o.oneofs)
                        d.command = "setPresence";
                }
                return d;
            };

            /**
             * Converts this Command to JSON.
             * @function toJSON
             * @memberof mobile.v1.Command
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Command.prototype.toJSON = function() {
                return Command.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Command
             * @function getTypeUrl
             * @memberof mobile.v1.Command
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Command.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.Command";
            };

            return Command;
        })();

        v1.SendMessage = (function() {

            /**
             * Properties of a SendMessage.
             * @typedef {Object} mobile.v1.SendMessage.$Properties
             * @property {string|null} [conversationId] SendMessage conversationId
             * @property {string|null} [clientMessageId] SendMessage clientMessageId
             * @property {string|null} [text] SendMessage text
             * @property {Array.<string>|null} [attachments] SendMessage attachments
             * @property {string|null} [replyTo] SendMessage replyTo
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SendMessage.
             * @memberof mobile.v1
             * @interface ISendMessage
             * @augments mobile.v1.SendMessage.$Properties
             * @deprecated Use mobile.v1.SendMessage.$Properties instead.
             */

            /**
             * Shape of a SendMessage.
             * @typedef {mobile.v1.SendMessage.$Properties} mobile.v1.SendMessage.$Shape
             */

            /**
             * Constructs a new SendMessage.
             * @memberof mobile.v1
             * @classdesc Represents a SendMessage.
             * @constructor
             * @param {mobile.v1.SendMessage.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SendMessage = function (p) {
                this.attachments = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SendMessage conversationId.
             * @member {string} conversationId
             * @memberof mobile.v1.SendMessage
             * @instance
             */
            SendMessage.prototype.conversationId = "";

            /**
             * SendMessage clientMessageId.
             * @member {string} clientMessageId
             * @memberof mobile.v1.SendMessage
             * @instance
             */
            SendMessage.prototype.clientMessageId = "";

            /**
             * SendMessage text.
             * @member {string} text
             * @memberof mobile.v1.SendMessage
             * @instance
             */
            SendMessage.prototype.text = "";

            /**
             * SendMessage attachments.
             * @member {Array.<string>} attachments
             * @memberof mobile.v1.SendMessage
             * @instance
             */
            SendMessage.prototype.attachments = $util.emptyArray;

            /**
             * SendMessage replyTo.
             * @member {string} replyTo
             * @memberof mobile.v1.SendMessage
             * @instance
             */
            SendMessage.prototype.replyTo = "";

            /**
             * Creates a new SendMessage instance using the specified properties.
             * @function create
             * @memberof mobile.v1.SendMessage
             * @static
             * @param {mobile.v1.SendMessage.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.SendMessage} SendMessage instance
             * @type {{
             *   (properties: mobile.v1.SendMessage.$Shape): mobile.v1.SendMessage & mobile.v1.SendMessage.$Shape;
             *   (properties?: mobile.v1.SendMessage.$Properties): mobile.v1.SendMessage;
             * }}
             */
            SendMessage.create = function(properties) {
                return new SendMessage(properties);
            };

            /**
             * Encodes the specified SendMessage message. Does not implicitly {@link mobile.v1.SendMessage.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.SendMessage
             * @static
             * @param {mobile.v1.SendMessage.$Properties} m SendMessage message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendMessage.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.conversationId);
                if (m.clientMessageId != null && $Object.hasOwnProperty.call(m, "clientMessageId") && m.clientMessageId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.clientMessageId);
                if (m.text != null && $Object.hasOwnProperty.call(m, "text") && m.text !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.text);
                if (m.attachments != null && m.attachments.length) {
                    for (var i = 0; i < m.attachments.length; ++i)
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.attachments[i]);
                }
                if (m.replyTo != null && $Object.hasOwnProperty.call(m, "replyTo") && m.replyTo !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.replyTo);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SendMessage message, length delimited. Does not implicitly {@link mobile.v1.SendMessage.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.SendMessage
             * @static
             * @param {mobile.v1.SendMessage.$Properties} message SendMessage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SendMessage.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SendMessage message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.SendMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.SendMessage & mobile.v1.SendMessage.$Shape} SendMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendMessage.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.SendMessage();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.conversationId = v;
                            else
                                delete m.conversationId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.clientMessageId = v;
                            else
                                delete m.clientMessageId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.text = v;
                            else
                                delete m.text;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.attachments && m.attachments.length))
                                m.attachments = [];
                            m.attachments.push(r.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.replyTo = v;
                            else
                                delete m.replyTo;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SendMessage message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.SendMessage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.SendMessage & mobile.v1.SendMessage.$Shape} SendMessage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SendMessage.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SendMessage message.
             * @function verify
             * @memberof mobile.v1.SendMessage
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SendMessage.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                    if (!$util.isString(m.conversationId))
                        return "conversationId: string expected";
                }
                if (m.clientMessageId != null && $Object.hasOwnProperty.call(m, "clientMessageId")) {
                    if (!$util.isString(m.clientMessageId))
                        return "clientMessageId: string expected";
                }
                if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                    if (!$util.isString(m.text))
                        return "text: string expected";
                }
                if (m.attachments != null && $Object.hasOwnProperty.call(m, "attachments")) {
                    if (!$Array.isArray(m.attachments))
                        return "attachments: array expected";
                    for (var i = 0; i < m.attachments.length; ++i) {
                        if (!$util.isString(m.attachments[i]))
                            return "attachments: string[] expected";
                    }
                }
                if (m.replyTo != null && $Object.hasOwnProperty.call(m, "replyTo")) {
                    if (!$util.isString(m.replyTo))
                        return "replyTo: string expected";
                }
                return null;
            };

            /**
             * Creates a SendMessage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.SendMessage
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.SendMessage} SendMessage
             */
            SendMessage.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.SendMessage)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.SendMessage: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.SendMessage();
                if (d.conversationId != null) {
                    if (typeof d.conversationId !== "string" || d.conversationId.length) {
                        m.conversationId = $String(d.conversationId);
                    }
                }
                if (d.clientMessageId != null) {
                    if (typeof d.clientMessageId !== "string" || d.clientMessageId.length) {
                        m.clientMessageId = $String(d.clientMessageId);
                    }
                }
                if (d.text != null) {
                    if (typeof d.text !== "string" || d.text.length) {
                        m.text = $String(d.text);
                    }
                }
                if (d.attachments) {
                    if (!$Array.isArray(d.attachments))
                        throw $TypeError(".mobile.v1.SendMessage.attachments: array expected");
                    m.attachments = $Array(d.attachments.length);
                    for (var i = 0; i < d.attachments.length; ++i) {
                        m.attachments[i] = $String(d.attachments[i]);
                    }
                }
                if (d.replyTo != null) {
                    if (typeof d.replyTo !== "string" || d.replyTo.length) {
                        m.replyTo = $String(d.replyTo);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SendMessage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.SendMessage
             * @static
             * @param {mobile.v1.SendMessage} m SendMessage
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SendMessage.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.attachments = [];
                }
                if (o.defaults) {
                    d.conversationId = "";
                    d.clientMessageId = "";
                    d.text = "";
                    d.replyTo = "";
                }
                if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                    d.conversationId = m.conversationId;
                }
                if (m.clientMessageId != null && $Object.hasOwnProperty.call(m, "clientMessageId")) {
                    d.clientMessageId = m.clientMessageId;
                }
                if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                    d.text = m.text;
                }
                if (m.attachments && m.attachments.length) {
                    d.attachments = $Array(m.attachments.length);
                    for (var j = 0; j < m.attachments.length; ++j) {
                        d.attachments[j] = m.attachments[j];
                    }
                }
                if (m.replyTo != null && $Object.hasOwnProperty.call(m, "replyTo")) {
                    d.replyTo = m.replyTo;
                }
                return d;
            };

            /**
             * Converts this SendMessage to JSON.
             * @function toJSON
             * @memberof mobile.v1.SendMessage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SendMessage.prototype.toJSON = function() {
                return SendMessage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SendMessage
             * @function getTypeUrl
             * @memberof mobile.v1.SendMessage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SendMessage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.SendMessage";
            };

            return SendMessage;
        })();

        v1.MarkReceipts = (function() {

            /**
             * Properties of a MarkReceipts.
             * @typedef {Object} mobile.v1.MarkReceipts.$Properties
             * @property {string|null} [conversationId] MarkReceipts conversationId
             * @property {number|Long|null} [delivered] MarkReceipts delivered
             * @property {number|Long|null} [read] MarkReceipts read
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MarkReceipts.
             * @memberof mobile.v1
             * @interface IMarkReceipts
             * @augments mobile.v1.MarkReceipts.$Properties
             * @deprecated Use mobile.v1.MarkReceipts.$Properties instead.
             */

            /**
             * Shape of a MarkReceipts.
             * @typedef {mobile.v1.MarkReceipts.$Properties} mobile.v1.MarkReceipts.$Shape
             */

            /**
             * Constructs a new MarkReceipts.
             * @memberof mobile.v1
             * @classdesc Represents a MarkReceipts.
             * @constructor
             * @param {mobile.v1.MarkReceipts.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MarkReceipts = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MarkReceipts conversationId.
             * @member {string} conversationId
             * @memberof mobile.v1.MarkReceipts
             * @instance
             */
            MarkReceipts.prototype.conversationId = "";

            /**
             * MarkReceipts delivered.
             * @member {number|Long|null|undefined} delivered
             * @memberof mobile.v1.MarkReceipts
             * @instance
             */
            MarkReceipts.prototype.delivered = null;

            /**
             * MarkReceipts read.
             * @member {number|Long|null|undefined} read
             * @memberof mobile.v1.MarkReceipts
             * @instance
             */
            MarkReceipts.prototype.read = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(MarkReceipts.prototype, "_delivered", {
                get: $util.oneOfGetter($oneOfFields = ["delivered"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(MarkReceipts.prototype, "_read", {
                get: $util.oneOfGetter($oneOfFields = ["read"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new MarkReceipts instance using the specified properties.
             * @function create
             * @memberof mobile.v1.MarkReceipts
             * @static
             * @param {mobile.v1.MarkReceipts.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.MarkReceipts} MarkReceipts instance
             * @type {{
             *   (properties: mobile.v1.MarkReceipts.$Shape): mobile.v1.MarkReceipts & mobile.v1.MarkReceipts.$Shape;
             *   (properties?: mobile.v1.MarkReceipts.$Properties): mobile.v1.MarkReceipts;
             * }}
             */
            MarkReceipts.create = function(properties) {
                return new MarkReceipts(properties);
            };

            /**
             * Encodes the specified MarkReceipts message. Does not implicitly {@link mobile.v1.MarkReceipts.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.MarkReceipts
             * @static
             * @param {mobile.v1.MarkReceipts.$Properties} m MarkReceipts message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MarkReceipts.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.conversationId);
                if (m.delivered != null && $Object.hasOwnProperty.call(m, "delivered"))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.delivered);
                if (m.read != null && $Object.hasOwnProperty.call(m, "read"))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.read);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified MarkReceipts message, length delimited. Does not implicitly {@link mobile.v1.MarkReceipts.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.MarkReceipts
             * @static
             * @param {mobile.v1.MarkReceipts.$Properties} message MarkReceipts message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MarkReceipts.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MarkReceipts message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.MarkReceipts
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.MarkReceipts & mobile.v1.MarkReceipts.$Shape} MarkReceipts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MarkReceipts.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.MarkReceipts();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.conversationId = v;
                            else
                                delete m.conversationId;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            m.delivered = r.int64();
                            m._delivered = "delivered";
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            m.read = r.int64();
                            m._read = "read";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a MarkReceipts message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.MarkReceipts
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.MarkReceipts & mobile.v1.MarkReceipts.$Shape} MarkReceipts
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MarkReceipts.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MarkReceipts message.
             * @function verify
             * @memberof mobile.v1.MarkReceipts
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MarkReceipts.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                    if (!$util.isString(m.conversationId))
                        return "conversationId: string expected";
                }
                if (m.delivered != null && $Object.hasOwnProperty.call(m, "delivered")) {
                    p._delivered = 1;
                    if (!$util.isInteger(m.delivered) && !(m.delivered && $util.isInteger(m.delivered.low) && $util.isInteger(m.delivered.high)))
                        return "delivered: integer|Long expected";
                }
                if (m.read != null && $Object.hasOwnProperty.call(m, "read")) {
                    p._read = 1;
                    if (!$util.isInteger(m.read) && !(m.read && $util.isInteger(m.read.low) && $util.isInteger(m.read.high)))
                        return "read: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a MarkReceipts message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.MarkReceipts
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.MarkReceipts} MarkReceipts
             */
            MarkReceipts.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.MarkReceipts)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.MarkReceipts: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.MarkReceipts();
                if (d.conversationId != null) {
                    if (typeof d.conversationId !== "string" || d.conversationId.length) {
                        m.conversationId = $String(d.conversationId);
                    }
                }
                if (d.delivered != null) {
                    if ($util.Long)
                        m.delivered = $util.Long.fromValue(d.delivered, false);
                    else if (typeof d.delivered === "string")
                        m.delivered = $parseInt(d.delivered, 10);
                    else if (typeof d.delivered === "number")
                        m.delivered = d.delivered;
                    else if (typeof d.delivered === "object")
                        m.delivered = new $util.LongBits(d.delivered.low >>> 0, d.delivered.high >>> 0).toNumber();
                }
                if (d.read != null) {
                    if ($util.Long)
                        m.read = $util.Long.fromValue(d.read, false);
                    else if (typeof d.read === "string")
                        m.read = $parseInt(d.read, 10);
                    else if (typeof d.read === "number")
                        m.read = d.read;
                    else if (typeof d.read === "object")
                        m.read = new $util.LongBits(d.read.low >>> 0, d.read.high >>> 0).toNumber();
                }
                return m;
            };

            /**
             * Creates a plain object from a MarkReceipts message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.MarkReceipts
             * @static
             * @param {mobile.v1.MarkReceipts} m MarkReceipts
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MarkReceipts.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.conversationId = "";
                }
                if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                    d.conversationId = m.conversationId;
                }
                if (m.delivered != null && $Object.hasOwnProperty.call(m, "delivered")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.delivered = typeof m.delivered === "number" ? $BigInt(m.delivered) : $util.Long.fromBits(m.delivered.low >>> 0, m.delivered.high >>> 0, false).toBigInt();
                    else if (typeof m.delivered === "number")
                        d.delivered = o.longs === $String ? $String(m.delivered) : m.delivered;
                    else
                        d.delivered = o.longs === $String ? $util.Long.prototype.toString.call(m.delivered) : o.longs === $Number ? new $util.LongBits(m.delivered.low >>> 0, m.delivered.high >>> 0).toNumber() : m.delivered;
                }
                if (m.read != null && $Object.hasOwnProperty.call(m, "read")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.read = typeof m.read === "number" ? $BigInt(m.read) : $util.Long.fromBits(m.read.low >>> 0, m.read.high >>> 0, false).toBigInt();
                    else if (typeof m.read === "number")
                        d.read = o.longs === $String ? $String(m.read) : m.read;
                    else
                        d.read = o.longs === $String ? $util.Long.prototype.toString.call(m.read) : o.longs === $Number ? new $util.LongBits(m.read.low >>> 0, m.read.high >>> 0).toNumber() : m.read;
                }
                return d;
            };

            /**
             * Converts this MarkReceipts to JSON.
             * @function toJSON
             * @memberof mobile.v1.MarkReceipts
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MarkReceipts.prototype.toJSON = function() {
                return MarkReceipts.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MarkReceipts
             * @function getTypeUrl
             * @memberof mobile.v1.MarkReceipts
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MarkReceipts.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.MarkReceipts";
            };

            return MarkReceipts;
        })();

        v1.Typing = (function() {

            /**
             * Properties of a Typing.
             * @typedef {Object} mobile.v1.Typing.$Properties
             * @property {string|null} [conversationId] Typing conversationId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Typing.
             * @memberof mobile.v1
             * @interface ITyping
             * @augments mobile.v1.Typing.$Properties
             * @deprecated Use mobile.v1.Typing.$Properties instead.
             */

            /**
             * Shape of a Typing.
             * @typedef {mobile.v1.Typing.$Properties} mobile.v1.Typing.$Shape
             */

            /**
             * Constructs a new Typing.
             * @memberof mobile.v1
             * @classdesc Represents a Typing.
             * @constructor
             * @param {mobile.v1.Typing.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Typing = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Typing conversationId.
             * @member {string} conversationId
             * @memberof mobile.v1.Typing
             * @instance
             */
            Typing.prototype.conversationId = "";

            /**
             * Creates a new Typing instance using the specified properties.
             * @function create
             * @memberof mobile.v1.Typing
             * @static
             * @param {mobile.v1.Typing.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.Typing} Typing instance
             * @type {{
             *   (properties: mobile.v1.Typing.$Shape): mobile.v1.Typing & mobile.v1.Typing.$Shape;
             *   (properties?: mobile.v1.Typing.$Properties): mobile.v1.Typing;
             * }}
             */
            Typing.create = function(properties) {
                return new Typing(properties);
            };

            /**
             * Encodes the specified Typing message. Does not implicitly {@link mobile.v1.Typing.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.Typing
             * @static
             * @param {mobile.v1.Typing.$Properties} m Typing message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Typing.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.conversationId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Typing message, length delimited. Does not implicitly {@link mobile.v1.Typing.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.Typing
             * @static
             * @param {mobile.v1.Typing.$Properties} message Typing message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Typing.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Typing message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.Typing
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.Typing & mobile.v1.Typing.$Shape} Typing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Typing.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.Typing();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.conversationId = v;
                            else
                                delete m.conversationId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Typing message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.Typing
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.Typing & mobile.v1.Typing.$Shape} Typing
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Typing.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Typing message.
             * @function verify
             * @memberof mobile.v1.Typing
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Typing.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                    if (!$util.isString(m.conversationId))
                        return "conversationId: string expected";
                }
                return null;
            };

            /**
             * Creates a Typing message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.Typing
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.Typing} Typing
             */
            Typing.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.Typing)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.Typing: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.Typing();
                if (d.conversationId != null) {
                    if (typeof d.conversationId !== "string" || d.conversationId.length) {
                        m.conversationId = $String(d.conversationId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Typing message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.Typing
             * @static
             * @param {mobile.v1.Typing} m Typing
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Typing.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.conversationId = "";
                }
                if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                    d.conversationId = m.conversationId;
                }
                return d;
            };

            /**
             * Converts this Typing to JSON.
             * @function toJSON
             * @memberof mobile.v1.Typing
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Typing.prototype.toJSON = function() {
                return Typing.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Typing
             * @function getTypeUrl
             * @memberof mobile.v1.Typing
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Typing.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.Typing";
            };

            return Typing;
        })();

        v1.SetPresence = (function() {

            /**
             * Properties of a SetPresence.
             * @typedef {Object} mobile.v1.SetPresence.$Properties
             * @property {string|null} [status] SetPresence status
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SetPresence.
             * @memberof mobile.v1
             * @interface ISetPresence
             * @augments mobile.v1.SetPresence.$Properties
             * @deprecated Use mobile.v1.SetPresence.$Properties instead.
             */

            /**
             * Shape of a SetPresence.
             * @typedef {mobile.v1.SetPresence.$Properties} mobile.v1.SetPresence.$Shape
             */

            /**
             * Constructs a new SetPresence.
             * @memberof mobile.v1
             * @classdesc Represents a SetPresence.
             * @constructor
             * @param {mobile.v1.SetPresence.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SetPresence = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SetPresence status.
             * @member {string} status
             * @memberof mobile.v1.SetPresence
             * @instance
             */
            SetPresence.prototype.status = "";

            /**
             * Creates a new SetPresence instance using the specified properties.
             * @function create
             * @memberof mobile.v1.SetPresence
             * @static
             * @param {mobile.v1.SetPresence.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.SetPresence} SetPresence instance
             * @type {{
             *   (properties: mobile.v1.SetPresence.$Shape): mobile.v1.SetPresence & mobile.v1.SetPresence.$Shape;
             *   (properties?: mobile.v1.SetPresence.$Properties): mobile.v1.SetPresence;
             * }}
             */
            SetPresence.create = function(properties) {
                return new SetPresence(properties);
            };

            /**
             * Encodes the specified SetPresence message. Does not implicitly {@link mobile.v1.SetPresence.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.SetPresence
             * @static
             * @param {mobile.v1.SetPresence.$Properties} m SetPresence message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetPresence.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.status);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SetPresence message, length delimited. Does not implicitly {@link mobile.v1.SetPresence.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.SetPresence
             * @static
             * @param {mobile.v1.SetPresence.$Properties} message SetPresence message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SetPresence.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SetPresence message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.SetPresence
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.SetPresence & mobile.v1.SetPresence.$Shape} SetPresence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetPresence.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.SetPresence();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SetPresence message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.SetPresence
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.SetPresence & mobile.v1.SetPresence.$Shape} SetPresence
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SetPresence.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SetPresence message.
             * @function verify
             * @memberof mobile.v1.SetPresence
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SetPresence.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    if (!$util.isString(m.status))
                        return "status: string expected";
                }
                return null;
            };

            /**
             * Creates a SetPresence message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.SetPresence
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.SetPresence} SetPresence
             */
            SetPresence.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.SetPresence)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.SetPresence: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.SetPresence();
                if (d.status != null) {
                    if (typeof d.status !== "string" || d.status.length) {
                        m.status = $String(d.status);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SetPresence message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.SetPresence
             * @static
             * @param {mobile.v1.SetPresence} m SetPresence
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SetPresence.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.status = "";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = m.status;
                }
                return d;
            };

            /**
             * Converts this SetPresence to JSON.
             * @function toJSON
             * @memberof mobile.v1.SetPresence
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SetPresence.prototype.toJSON = function() {
                return SetPresence.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SetPresence
             * @function getTypeUrl
             * @memberof mobile.v1.SetPresence
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SetPresence.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.SetPresence";
            };

            return SetPresence;
        })();

        v1.Watch = (function() {

            /**
             * Properties of a Watch.
             * @typedef {Object} mobile.v1.Watch.$Properties
             * @property {Array.<string>|null} [conversationIds] Watch conversationIds
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Watch.
             * @memberof mobile.v1
             * @interface IWatch
             * @augments mobile.v1.Watch.$Properties
             * @deprecated Use mobile.v1.Watch.$Properties instead.
             */

            /**
             * Shape of a Watch.
             * @typedef {mobile.v1.Watch.$Properties} mobile.v1.Watch.$Shape
             */

            /**
             * Constructs a new Watch.
             * @memberof mobile.v1
             * @classdesc Represents a Watch.
             * @constructor
             * @param {mobile.v1.Watch.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Watch = function (p) {
                this.conversationIds = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Watch conversationIds.
             * @member {Array.<string>} conversationIds
             * @memberof mobile.v1.Watch
             * @instance
             */
            Watch.prototype.conversationIds = $util.emptyArray;

            /**
             * Creates a new Watch instance using the specified properties.
             * @function create
             * @memberof mobile.v1.Watch
             * @static
             * @param {mobile.v1.Watch.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.Watch} Watch instance
             * @type {{
             *   (properties: mobile.v1.Watch.$Shape): mobile.v1.Watch & mobile.v1.Watch.$Shape;
             *   (properties?: mobile.v1.Watch.$Properties): mobile.v1.Watch;
             * }}
             */
            Watch.create = function(properties) {
                return new Watch(properties);
            };

            /**
             * Encodes the specified Watch message. Does not implicitly {@link mobile.v1.Watch.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.Watch
             * @static
             * @param {mobile.v1.Watch.$Properties} m Watch message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Watch.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.conversationIds != null && m.conversationIds.length) {
                    for (var i = 0; i < m.conversationIds.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.conversationIds[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Watch message, length delimited. Does not implicitly {@link mobile.v1.Watch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.Watch
             * @static
             * @param {mobile.v1.Watch.$Properties} message Watch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Watch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Watch message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.Watch
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.Watch & mobile.v1.Watch.$Shape} Watch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Watch.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.Watch();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.conversationIds && m.conversationIds.length))
                                m.conversationIds = [];
                            m.conversationIds.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Watch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.Watch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.Watch & mobile.v1.Watch.$Shape} Watch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Watch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Watch message.
             * @function verify
             * @memberof mobile.v1.Watch
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Watch.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.conversationIds != null && $Object.hasOwnProperty.call(m, "conversationIds")) {
                    if (!$Array.isArray(m.conversationIds))
                        return "conversationIds: array expected";
                    for (var i = 0; i < m.conversationIds.length; ++i) {
                        if (!$util.isString(m.conversationIds[i]))
                            return "conversationIds: string[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a Watch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.Watch
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.Watch} Watch
             */
            Watch.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.Watch)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.Watch: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.Watch();
                if (d.conversationIds) {
                    if (!$Array.isArray(d.conversationIds))
                        throw $TypeError(".mobile.v1.Watch.conversationIds: array expected");
                    m.conversationIds = $Array(d.conversationIds.length);
                    for (var i = 0; i < d.conversationIds.length; ++i) {
                        m.conversationIds[i] = $String(d.conversationIds[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Watch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.Watch
             * @static
             * @param {mobile.v1.Watch} m Watch
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Watch.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.conversationIds = [];
                }
                if (m.conversationIds && m.conversationIds.length) {
                    d.conversationIds = $Array(m.conversationIds.length);
                    for (var j = 0; j < m.conversationIds.length; ++j) {
                        d.conversationIds[j] = m.conversationIds[j];
                    }
                }
                return d;
            };

            /**
             * Converts this Watch to JSON.
             * @function toJSON
             * @memberof mobile.v1.Watch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Watch.prototype.toJSON = function() {
                return Watch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Watch
             * @function getTypeUrl
             * @memberof mobile.v1.Watch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Watch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.Watch";
            };

            return Watch;
        })();

        v1.ServerFrame = (function() {

            /**
             * Properties of a ServerFrame.
             * @typedef {Object} mobile.v1.ServerFrame.$Properties
             * @property {mobile.v1.FeedPage.$Properties|null} [page] ServerFrame page
             * @property {mobile.v1.Reauthenticated.$Properties|null} [reauthenticated] ServerFrame reauthenticated
             * @property {mobile.v1.SubscribeError.$Properties|null} [subscribeError] ServerFrame subscribeError
             * @property {mobile.v1.CommandResult.$Properties|null} [commandResult] ServerFrame commandResult
             * @property {mobile.v1.PresenceChanged.$Properties|null} [presence] ServerFrame presence
             * @property {mobile.v1.TypingChanged.$Properties|null} [typing] ServerFrame typing
             * @property {mobile.v1.WatchError.$Properties|null} [watchError] ServerFrame watchError
             * @property {mobile.v1.Watching.$Properties|null} [watching] ServerFrame watching
             * @property {mobile.v1.LocationUpdate.$Properties|null} [location] ServerFrame location
             * @property {"page"|"reauthenticated"|"subscribeError"|"commandResult"|"presence"|"typing"|"watchError"|"watching"|"location"} [frame] ServerFrame frame
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ServerFrame.
             * @memberof mobile.v1
             * @interface IServerFrame
             * @augments mobile.v1.ServerFrame.$Properties
             * @deprecated Use mobile.v1.ServerFrame.$Properties instead.
             */

            /**
             * Narrowed shape of a ServerFrame.
             * @typedef {{
             *   page?: mobile.v1.FeedPage.$Shape|null;
             *   reauthenticated?: mobile.v1.Reauthenticated.$Shape|null;
             *   subscribeError?: mobile.v1.SubscribeError.$Shape|null;
             *   commandResult?: mobile.v1.CommandResult.$Shape|null;
             *   presence?: mobile.v1.PresenceChanged.$Shape|null;
             *   typing?: mobile.v1.TypingChanged.$Shape|null;
             *   watchError?: mobile.v1.WatchError.$Shape|null;
             *   watching?: mobile.v1.Watching.$Shape|null;
             *   location?: mobile.v1.LocationUpdate.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ frame?: undefined; page?: null; reauthenticated?: null; subscribeError?: null; commandResult?: null; presence?: null; typing?: null; watchError?: null; watching?: null; location?: null }|{ frame?: "page"; page: mobile.v1.FeedPage.$Shape; reauthenticated?: null; subscribeError?: null; commandResult?: null; presence?: null; typing?: null; watchError?: null; watching?: null; location?: null }|{ frame?: "reauthenticated"; page?: null; reauthenticated: mobile.v1.Reauthenticated.$Shape; subscribeError?: null; commandResult?: null; presence?: null; typing?: null; watchError?: null; watching?: null; location?: null }|{ frame?: "subscribeError"; page?: null; reauthenticated?: null; subscribeError: mobile.v1.SubscribeError.$Shape; commandResult?: null; presence?: null; typing?: null; watchError?: null; watching?: null; location?: null }|{ frame?: "commandResult"; page?: null; reauthenticated?: null; subscribeError?: null; commandResult: mobile.v1.CommandResult.$Shape; presence?: null; typing?: null; watchError?: null; watching?: null; location?: null }|{ frame?: "presence"; page?: null; reauthenticated?: null; subscribeError?: null; commandResult?: null; presence: mobile.v1.PresenceChanged.$Shape; typing?: null; watchError?: null; watching?: null; location?: null }|{ frame?: "typing"; page?: null; reauthenticated?: null; subscribeError?: null; commandResult?: null; presence?: null; typing: mobile.v1.TypingChanged.$Shape; watchError?: null; watching?: null; location?: null }|{ frame?: "watchError"; page?: null; reauthenticated?: null; subscribeError?: null; commandResult?: null; presence?: null; typing?: null; watchError: mobile.v1.WatchError.$Shape; watching?: null; location?: null }|{ frame?: "watching"; page?: null; reauthenticated?: null; subscribeError?: null; commandResult?: null; presence?: null; typing?: null; watchError?: null; watching: mobile.v1.Watching.$Shape; location?: null }|{ frame?: "location"; page?: null; reauthenticated?: null; subscribeError?: null; commandResult?: null; presence?: null; typing?: null; watchError?: null; watching?: null; location: mobile.v1.LocationUpdate.$Shape })
             * )} mobile.v1.ServerFrame.$Shape
             */

            /**
             * Constructs a new ServerFrame.
             * @memberof mobile.v1
             * @classdesc Represents a ServerFrame.
             * @constructor
             * @param {mobile.v1.ServerFrame.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ServerFrame = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ServerFrame page.
             * @member {mobile.v1.FeedPage.$Properties|null|undefined} page
             * @memberof mobile.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.page = null;

            /**
             * ServerFrame reauthenticated.
             * @member {mobile.v1.Reauthenticated.$Properties|null|undefined} reauthenticated
             * @memberof mobile.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.reauthenticated = null;

            /**
             * ServerFrame subscribeError.
             * @member {mobile.v1.SubscribeError.$Properties|null|undefined} subscribeError
             * @memberof mobile.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.subscribeError = null;

            /**
             * ServerFrame commandResult.
             * @member {mobile.v1.CommandResult.$Properties|null|undefined} commandResult
             * @memberof mobile.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.commandResult = null;

            /**
             * ServerFrame presence.
             * @member {mobile.v1.PresenceChanged.$Properties|null|undefined} presence
             * @memberof mobile.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.presence = null;

            /**
             * ServerFrame typing.
             * @member {mobile.v1.TypingChanged.$Properties|null|undefined} typing
             * @memberof mobile.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.typing = null;

            /**
             * ServerFrame watchError.
             * @member {mobile.v1.WatchError.$Properties|null|undefined} watchError
             * @memberof mobile.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.watchError = null;

            /**
             * ServerFrame watching.
             * @member {mobile.v1.Watching.$Properties|null|undefined} watching
             * @memberof mobile.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.watching = null;

            /**
             * ServerFrame location.
             * @member {mobile.v1.LocationUpdate.$Properties|null|undefined} location
             * @memberof mobile.v1.ServerFrame
             * @instance
             */
            ServerFrame.prototype.location = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * ServerFrame frame.
             * @member {"page"|"reauthenticated"|"subscribeError"|"commandResult"|"presence"|"typing"|"watchError"|"watching"|"location"|undefined} frame
             * @memberof mobile.v1.ServerFrame
             * @instance
             */
            $Object.defineProperty(ServerFrame.prototype, "frame", {
                get: $util.oneOfGetter($oneOfFields = ["page", "reauthenticated", "subscribeError", "commandResult", "presence", "typing", "watchError", "watching", "location"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new ServerFrame instance using the specified properties.
             * @function create
             * @memberof mobile.v1.ServerFrame
             * @static
             * @param {mobile.v1.ServerFrame.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.ServerFrame} ServerFrame instance
             * @type {{
             *   (properties: mobile.v1.ServerFrame.$Shape): mobile.v1.ServerFrame & mobile.v1.ServerFrame.$Shape;
             *   (properties?: mobile.v1.ServerFrame.$Properties): mobile.v1.ServerFrame;
             * }}
             */
            ServerFrame.create = function(properties) {
                return new ServerFrame(properties);
            };

            /**
             * Encodes the specified ServerFrame message. Does not implicitly {@link mobile.v1.ServerFrame.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.ServerFrame
             * @static
             * @param {mobile.v1.ServerFrame.$Properties} m ServerFrame message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerFrame.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.page != null && $Object.hasOwnProperty.call(m, "page"))
                    $root.mobile.v1.FeedPage.encode(m.page, w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                if (m.reauthenticated != null && $Object.hasOwnProperty.call(m, "reauthenticated"))
                    $root.mobile.v1.Reauthenticated.encode(m.reauthenticated, w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                if (m.subscribeError != null && $Object.hasOwnProperty.call(m, "subscribeError"))
                    $root.mobile.v1.SubscribeError.encode(m.subscribeError, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.commandResult != null && $Object.hasOwnProperty.call(m, "commandResult"))
                    $root.mobile.v1.CommandResult.encode(m.commandResult, w.uint32(/* id 4, wireType 2 =*/34).fork(), q + 1).ldelim();
                if (m.presence != null && $Object.hasOwnProperty.call(m, "presence"))
                    $root.mobile.v1.PresenceChanged.encode(m.presence, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.typing != null && $Object.hasOwnProperty.call(m, "typing"))
                    $root.mobile.v1.TypingChanged.encode(m.typing, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.watchError != null && $Object.hasOwnProperty.call(m, "watchError"))
                    $root.mobile.v1.WatchError.encode(m.watchError, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (m.watching != null && $Object.hasOwnProperty.call(m, "watching"))
                    $root.mobile.v1.Watching.encode(m.watching, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.location != null && $Object.hasOwnProperty.call(m, "location"))
                    $root.mobile.v1.LocationUpdate.encode(m.location, w.uint32(/* id 9, wireType 2 =*/74).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ServerFrame message, length delimited. Does not implicitly {@link mobile.v1.ServerFrame.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.ServerFrame
             * @static
             * @param {mobile.v1.ServerFrame.$Properties} message ServerFrame message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerFrame.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ServerFrame message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.ServerFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.ServerFrame & mobile.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerFrame.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.ServerFrame();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            m.page = $root.mobile.v1.FeedPage.decode(r, r.size(), $undefined, q + 1, m.page);
                            m.frame = "page";
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            m.reauthenticated = $root.mobile.v1.Reauthenticated.decode(r, r.size(), $undefined, q + 1, m.reauthenticated);
                            m.frame = "reauthenticated";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.subscribeError = $root.mobile.v1.SubscribeError.decode(r, r.size(), $undefined, q + 1, m.subscribeError);
                            m.frame = "subscribeError";
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            m.commandResult = $root.mobile.v1.CommandResult.decode(r, r.size(), $undefined, q + 1, m.commandResult);
                            m.frame = "commandResult";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.presence = $root.mobile.v1.PresenceChanged.decode(r, r.size(), $undefined, q + 1, m.presence);
                            m.frame = "presence";
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.typing = $root.mobile.v1.TypingChanged.decode(r, r.size(), $undefined, q + 1, m.typing);
                            m.frame = "typing";
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.watchError = $root.mobile.v1.WatchError.decode(r, r.size(), $undefined, q + 1, m.watchError);
                            m.frame = "watchError";
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.watching = $root.mobile.v1.Watching.decode(r, r.size(), $undefined, q + 1, m.watching);
                            m.frame = "watching";
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            m.location = $root.mobile.v1.LocationUpdate.decode(r, r.size(), $undefined, q + 1, m.location);
                            m.frame = "location";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ServerFrame message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.ServerFrame
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.ServerFrame & mobile.v1.ServerFrame.$Shape} ServerFrame
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerFrame.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ServerFrame message.
             * @function verify
             * @memberof mobile.v1.ServerFrame
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ServerFrame.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.page != null && $Object.hasOwnProperty.call(m, "page")) {
                    p.frame = 1;
                    {
                        var e = $root.mobile.v1.FeedPage.verify(m.page, q + 1);
                        if (e)
                            return "page." + e;
                    }
                }
                if (m.reauthenticated != null && $Object.hasOwnProperty.call(m, "reauthenticated")) {
                    if (p.frame === 1)
                        return "frame: multiple values";
                    p.frame = 1;
                    {
                        var e = $root.mobile.v1.Reauthenticated.verify(m.reauthenticated, q + 1);
                        if (e)
                            return "reauthenticated." + e;
                    }
                }
                if (m.subscribeError != null && $Object.hasOwnProperty.call(m, "subscribeError")) {
                    if (p.frame === 1)
                        return "frame: multiple values";
                    p.frame = 1;
                    {
                        var e = $root.mobile.v1.SubscribeError.verify(m.subscribeError, q + 1);
                        if (e)
                            return "subscribeError." + e;
                    }
                }
                if (m.commandResult != null && $Object.hasOwnProperty.call(m, "commandResult")) {
                    if (p.frame === 1)
                        return "frame: multiple values";
                    p.frame = 1;
                    {
                        var e = $root.mobile.v1.CommandResult.verify(m.commandResult, q + 1);
                        if (e)
                            return "commandResult." + e;
                    }
                }
                if (m.presence != null && $Object.hasOwnProperty.call(m, "presence")) {
                    if (p.frame === 1)
                        return "frame: multiple values";
                    p.frame = 1;
                    {
                        var e = $root.mobile.v1.PresenceChanged.verify(m.presence, q + 1);
                        if (e)
                            return "presence." + e;
                    }
                }
                if (m.typing != null && $Object.hasOwnProperty.call(m, "typing")) {
                    if (p.frame === 1)
                        return "frame: multiple values";
                    p.frame = 1;
                    {
                        var e = $root.mobile.v1.TypingChanged.verify(m.typing, q + 1);
                        if (e)
                            return "typing." + e;
                    }
                }
                if (m.watchError != null && $Object.hasOwnProperty.call(m, "watchError")) {
                    if (p.frame === 1)
                        return "frame: multiple values";
                    p.frame = 1;
                    {
                        var e = $root.mobile.v1.WatchError.verify(m.watchError, q + 1);
                        if (e)
                            return "watchError." + e;
                    }
                }
                if (m.watching != null && $Object.hasOwnProperty.call(m, "watching")) {
                    if (p.frame === 1)
                        return "frame: multiple values";
                    p.frame = 1;
                    {
                        var e = $root.mobile.v1.Watching.verify(m.watching, q + 1);
                        if (e)
                            return "watching." + e;
                    }
                }
                if (m.location != null && $Object.hasOwnProperty.call(m, "location")) {
                    if (p.frame === 1)
                        return "frame: multiple values";
                    p.frame = 1;
                    {
                        var e = $root.mobile.v1.LocationUpdate.verify(m.location, q + 1);
                        if (e)
                            return "location." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a ServerFrame message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.ServerFrame
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.ServerFrame} ServerFrame
             */
            ServerFrame.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.ServerFrame)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.ServerFrame: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.ServerFrame();
                if (d.page != null) {
                    if (!$util.isObject(d.page))
                        throw $TypeError(".mobile.v1.ServerFrame.page: object expected");
                    m.page = $root.mobile.v1.FeedPage.fromObject(d.page, q + 1);
                }
                if (d.reauthenticated != null) {
                    if (!$util.isObject(d.reauthenticated))
                        throw $TypeError(".mobile.v1.ServerFrame.reauthenticated: object expected");
                    m.reauthenticated = $root.mobile.v1.Reauthenticated.fromObject(d.reauthenticated, q + 1);
                }
                if (d.subscribeError != null) {
                    if (!$util.isObject(d.subscribeError))
                        throw $TypeError(".mobile.v1.ServerFrame.subscribeError: object expected");
                    m.subscribeError = $root.mobile.v1.SubscribeError.fromObject(d.subscribeError, q + 1);
                }
                if (d.commandResult != null) {
                    if (!$util.isObject(d.commandResult))
                        throw $TypeError(".mobile.v1.ServerFrame.commandResult: object expected");
                    m.commandResult = $root.mobile.v1.CommandResult.fromObject(d.commandResult, q + 1);
                }
                if (d.presence != null) {
                    if (!$util.isObject(d.presence))
                        throw $TypeError(".mobile.v1.ServerFrame.presence: object expected");
                    m.presence = $root.mobile.v1.PresenceChanged.fromObject(d.presence, q + 1);
                }
                if (d.typing != null) {
                    if (!$util.isObject(d.typing))
                        throw $TypeError(".mobile.v1.ServerFrame.typing: object expected");
                    m.typing = $root.mobile.v1.TypingChanged.fromObject(d.typing, q + 1);
                }
                if (d.watchError != null) {
                    if (!$util.isObject(d.watchError))
                        throw $TypeError(".mobile.v1.ServerFrame.watchError: object expected");
                    m.watchError = $root.mobile.v1.WatchError.fromObject(d.watchError, q + 1);
                }
                if (d.watching != null) {
                    if (!$util.isObject(d.watching))
                        throw $TypeError(".mobile.v1.ServerFrame.watching: object expected");
                    m.watching = $root.mobile.v1.Watching.fromObject(d.watching, q + 1);
                }
                if (d.location != null) {
                    if (!$util.isObject(d.location))
                        throw $TypeError(".mobile.v1.ServerFrame.location: object expected");
                    m.location = $root.mobile.v1.LocationUpdate.fromObject(d.location, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ServerFrame message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.ServerFrame
             * @static
             * @param {mobile.v1.ServerFrame} m ServerFrame
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ServerFrame.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.page != null && $Object.hasOwnProperty.call(m, "page")) {
                    d.page = $root.mobile.v1.FeedPage.toObject(m.page, o, q + 1);
                    if (o.oneofs)
                        d.frame = "page";
                }
                if (m.reauthenticated != null && $Object.hasOwnProperty.call(m, "reauthenticated")) {
                    d.reauthenticated = $root.mobile.v1.Reauthenticated.toObject(m.reauthenticated, o, q + 1);
                    if (o.oneofs)
                        d.frame = "reauthenticated";
                }
                if (m.subscribeError != null && $Object.hasOwnProperty.call(m, "subscribeError")) {
                    d.subscribeError = $root.mobile.v1.SubscribeError.toObject(m.subscribeError, o, q + 1);
                    if (o.oneofs)
                        d.frame = "subscribeError";
                }
                if (m.commandResult != null && $Object.hasOwnProperty.call(m, "commandResult")) {
                    d.commandResult = $root.mobile.v1.CommandResult.toObject(m.commandResult, o, q + 1);
                    if (o.oneofs)
                        d.frame = "commandResult";
                }
                if (m.presence != null && $Object.hasOwnProperty.call(m, "presence")) {
                    d.presence = $root.mobile.v1.PresenceChanged.toObject(m.presence, o, q + 1);
                    if (o.oneofs)
                        d.frame = "presence";
                }
                if (m.typing != null && $Object.hasOwnProperty.call(m, "typing")) {
                    d.typing = $root.mobile.v1.TypingChanged.toObject(m.typing, o, q + 1);
                    if (o.oneofs)
                        d.frame = "typing";
                }
                if (m.watchError != null && $Object.hasOwnProperty.call(m, "watchError")) {
                    d.watchError = $root.mobile.v1.WatchError.toObject(m.watchError, o, q + 1);
                    if (o.oneofs)
                        d.frame = "watchError";
                }
                if (m.watching != null && $Object.hasOwnProperty.call(m, "watching")) {
                    d.watching = $root.mobile.v1.Watching.toObject(m.watching, o, q + 1);
                    if (o.oneofs)
                        d.frame = "watching";
                }
                if (m.location != null && $Object.hasOwnProperty.call(m, "location")) {
                    d.location = $root.mobile.v1.LocationUpdate.toObject(m.location, o, q + 1);
                    if (o.oneofs)
                        d.frame = "location";
                }
                return d;
            };

            /**
             * Converts this ServerFrame to JSON.
             * @function toJSON
             * @memberof mobile.v1.ServerFrame
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ServerFrame.prototype.toJSON = function() {
                return ServerFrame.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ServerFrame
             * @function getTypeUrl
             * @memberof mobile.v1.ServerFrame
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ServerFrame.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.ServerFrame";
            };

            return ServerFrame;
        })();

        v1.Watching = (function() {

            /**
             * Properties of a Watching.
             * @typedef {Object} mobile.v1.Watching.$Properties
             * @property {number|null} [users] Watching users
             * @property {number|null} [conversations] Watching conversations
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Watching.
             * @memberof mobile.v1
             * @interface IWatching
             * @augments mobile.v1.Watching.$Properties
             * @deprecated Use mobile.v1.Watching.$Properties instead.
             */

            /**
             * Shape of a Watching.
             * @typedef {mobile.v1.Watching.$Properties} mobile.v1.Watching.$Shape
             */

            /**
             * Constructs a new Watching.
             * @memberof mobile.v1
             * @classdesc Represents a Watching.
             * @constructor
             * @param {mobile.v1.Watching.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Watching = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Watching users.
             * @member {number} users
             * @memberof mobile.v1.Watching
             * @instance
             */
            Watching.prototype.users = 0;

            /**
             * Watching conversations.
             * @member {number} conversations
             * @memberof mobile.v1.Watching
             * @instance
             */
            Watching.prototype.conversations = 0;

            /**
             * Creates a new Watching instance using the specified properties.
             * @function create
             * @memberof mobile.v1.Watching
             * @static
             * @param {mobile.v1.Watching.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.Watching} Watching instance
             * @type {{
             *   (properties: mobile.v1.Watching.$Shape): mobile.v1.Watching & mobile.v1.Watching.$Shape;
             *   (properties?: mobile.v1.Watching.$Properties): mobile.v1.Watching;
             * }}
             */
            Watching.create = function(properties) {
                return new Watching(properties);
            };

            /**
             * Encodes the specified Watching message. Does not implicitly {@link mobile.v1.Watching.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.Watching
             * @static
             * @param {mobile.v1.Watching.$Properties} m Watching message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Watching.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.users != null && $Object.hasOwnProperty.call(m, "users") && m.users !== 0)
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.users);
                if (m.conversations != null && $Object.hasOwnProperty.call(m, "conversations") && m.conversations !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.conversations);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Watching message, length delimited. Does not implicitly {@link mobile.v1.Watching.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.Watching
             * @static
             * @param {mobile.v1.Watching.$Properties} message Watching message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Watching.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Watching message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.Watching
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.Watching & mobile.v1.Watching.$Shape} Watching
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Watching.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.Watching();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.users = v;
                            else
                                delete m.users;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.conversations = v;
                            else
                                delete m.conversations;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Watching message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.Watching
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.Watching & mobile.v1.Watching.$Shape} Watching
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Watching.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Watching message.
             * @function verify
             * @memberof mobile.v1.Watching
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Watching.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.users != null && $Object.hasOwnProperty.call(m, "users")) {
                    if (!$util.isInteger(m.users))
                        return "users: integer expected";
                }
                if (m.conversations != null && $Object.hasOwnProperty.call(m, "conversations")) {
                    if (!$util.isInteger(m.conversations))
                        return "conversations: integer expected";
                }
                return null;
            };

            /**
             * Creates a Watching message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.Watching
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.Watching} Watching
             */
            Watching.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.Watching)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.Watching: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.Watching();
                if (d.users != null) {
                    if ($Number(d.users) !== 0) {
                        m.users = d.users | 0;
                    }
                }
                if (d.conversations != null) {
                    if ($Number(d.conversations) !== 0) {
                        m.conversations = d.conversations | 0;
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Watching message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.Watching
             * @static
             * @param {mobile.v1.Watching} m Watching
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Watching.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.users = 0;
                    d.conversations = 0;
                }
                if (m.users != null && $Object.hasOwnProperty.call(m, "users")) {
                    d.users = m.users;
                }
                if (m.conversations != null && $Object.hasOwnProperty.call(m, "conversations")) {
                    d.conversations = m.conversations;
                }
                return d;
            };

            /**
             * Converts this Watching to JSON.
             * @function toJSON
             * @memberof mobile.v1.Watching
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Watching.prototype.toJSON = function() {
                return Watching.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Watching
             * @function getTypeUrl
             * @memberof mobile.v1.Watching
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Watching.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.Watching";
            };

            return Watching;
        })();

        v1.CommandResult = (function() {

            /**
             * Properties of a CommandResult.
             * @typedef {Object} mobile.v1.CommandResult.$Properties
             * @property {string|null} [id] CommandResult id
             * @property {number|null} [status] CommandResult status
             * @property {number|Long|null} [position] CommandResult position
             * @property {string|null} [type] CommandResult type
             * @property {string|null} [detail] CommandResult detail
             * @property {string|null} [body] CommandResult body
             * @property {boolean|null} [retryable] CommandResult retryable
             * @property {number|Long|null} [retryAfterMs] CommandResult retryAfterMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CommandResult.
             * @memberof mobile.v1
             * @interface ICommandResult
             * @augments mobile.v1.CommandResult.$Properties
             * @deprecated Use mobile.v1.CommandResult.$Properties instead.
             */

            /**
             * Shape of a CommandResult.
             * @typedef {mobile.v1.CommandResult.$Properties} mobile.v1.CommandResult.$Shape
             */

            /**
             * Constructs a new CommandResult.
             * @memberof mobile.v1
             * @classdesc Represents a CommandResult.
             * @constructor
             * @param {mobile.v1.CommandResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CommandResult = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * CommandResult id.
             * @member {string} id
             * @memberof mobile.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.id = "";

            /**
             * CommandResult status.
             * @member {number} status
             * @memberof mobile.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.status = 0;

            /**
             * CommandResult position.
             * @member {number|Long} position
             * @memberof mobile.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.position = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * CommandResult type.
             * @member {string} type
             * @memberof mobile.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.type = "";

            /**
             * CommandResult detail.
             * @member {string} detail
             * @memberof mobile.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.detail = "";

            /**
             * CommandResult body.
             * @member {string} body
             * @memberof mobile.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.body = "";

            /**
             * CommandResult retryable.
             * @member {boolean} retryable
             * @memberof mobile.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.retryable = false;

            /**
             * CommandResult retryAfterMs.
             * @member {number|Long} retryAfterMs
             * @memberof mobile.v1.CommandResult
             * @instance
             */
            CommandResult.prototype.retryAfterMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new CommandResult instance using the specified properties.
             * @function create
             * @memberof mobile.v1.CommandResult
             * @static
             * @param {mobile.v1.CommandResult.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.CommandResult} CommandResult instance
             * @type {{
             *   (properties: mobile.v1.CommandResult.$Shape): mobile.v1.CommandResult & mobile.v1.CommandResult.$Shape;
             *   (properties?: mobile.v1.CommandResult.$Properties): mobile.v1.CommandResult;
             * }}
             */
            CommandResult.create = function(properties) {
                return new CommandResult(properties);
            };

            /**
             * Encodes the specified CommandResult message. Does not implicitly {@link mobile.v1.CommandResult.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.CommandResult
             * @static
             * @param {mobile.v1.CommandResult.$Properties} m CommandResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.id != null && $Object.hasOwnProperty.call(m, "id") && m.id !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.id);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== 0)
                    w.uint32(/* id 2, wireType 0 =*/16).int32(m.status);
                if (m.position != null && $Object.hasOwnProperty.call(m, "position") && (typeof m.position === "object" ? m.position.low || m.position.high : m.position !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.position);
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.type);
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail") && m.detail !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.detail);
                if (m.body != null && $Object.hasOwnProperty.call(m, "body") && m.body !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.body);
                if (m.retryable != null && $Object.hasOwnProperty.call(m, "retryable") && m.retryable !== false)
                    w.uint32(/* id 7, wireType 0 =*/56).bool(m.retryable);
                if (m.retryAfterMs != null && $Object.hasOwnProperty.call(m, "retryAfterMs") && (typeof m.retryAfterMs === "object" ? m.retryAfterMs.low || m.retryAfterMs.high : m.retryAfterMs !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).int64(m.retryAfterMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified CommandResult message, length delimited. Does not implicitly {@link mobile.v1.CommandResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.CommandResult
             * @static
             * @param {mobile.v1.CommandResult.$Properties} message CommandResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CommandResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a CommandResult message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.CommandResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.CommandResult & mobile.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandResult.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.CommandResult();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.id = v;
                            else
                                delete m.id;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.position = v;
                            else
                                delete m.position;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.detail = v;
                            else
                                delete m.detail;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.body = v;
                            else
                                delete m.body;
                            continue;
                        }
                    case 7: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.retryable = v;
                            else
                                delete m.retryable;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.retryAfterMs = v;
                            else
                                delete m.retryAfterMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a CommandResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.CommandResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.CommandResult & mobile.v1.CommandResult.$Shape} CommandResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CommandResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a CommandResult message.
             * @function verify
             * @memberof mobile.v1.CommandResult
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CommandResult.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    if (!$util.isString(m.id))
                        return "id: string expected";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    if (!$util.isInteger(m.status))
                        return "status: integer expected";
                }
                if (m.position != null && $Object.hasOwnProperty.call(m, "position")) {
                    if (!$util.isInteger(m.position) && !(m.position && $util.isInteger(m.position.low) && $util.isInteger(m.position.high)))
                        return "position: integer|Long expected";
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    if (!$util.isString(m.type))
                        return "type: string expected";
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    if (!$util.isString(m.detail))
                        return "detail: string expected";
                }
                if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                    if (!$util.isString(m.body))
                        return "body: string expected";
                }
                if (m.retryable != null && $Object.hasOwnProperty.call(m, "retryable")) {
                    if (typeof m.retryable !== "boolean")
                        return "retryable: boolean expected";
                }
                if (m.retryAfterMs != null && $Object.hasOwnProperty.call(m, "retryAfterMs")) {
                    if (!$util.isInteger(m.retryAfterMs) && !(m.retryAfterMs && $util.isInteger(m.retryAfterMs.low) && $util.isInteger(m.retryAfterMs.high)))
                        return "retryAfterMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a CommandResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.CommandResult
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.CommandResult} CommandResult
             */
            CommandResult.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.CommandResult)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.CommandResult: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.CommandResult();
                if (d.id != null) {
                    if (typeof d.id !== "string" || d.id.length) {
                        m.id = $String(d.id);
                    }
                }
                if (d.status != null) {
                    if ($Number(d.status) !== 0) {
                        m.status = d.status | 0;
                    }
                }
                if (d.position != null) {
                    if (typeof d.position === "object" ? d.position.low || d.position.high : $Number(d.position) !== 0) {
                        if ($util.Long)
                            m.position = $util.Long.fromValue(d.position, false);
                        else if (typeof d.position === "string")
                            m.position = $parseInt(d.position, 10);
                        else if (typeof d.position === "number")
                            m.position = d.position;
                        else if (typeof d.position === "object")
                            m.position = new $util.LongBits(d.position.low >>> 0, d.position.high >>> 0).toNumber();
                    }
                }
                if (d.type != null) {
                    if (typeof d.type !== "string" || d.type.length) {
                        m.type = $String(d.type);
                    }
                }
                if (d.detail != null) {
                    if (typeof d.detail !== "string" || d.detail.length) {
                        m.detail = $String(d.detail);
                    }
                }
                if (d.body != null) {
                    if (typeof d.body !== "string" || d.body.length) {
                        m.body = $String(d.body);
                    }
                }
                if (d.retryable != null) {
                    if (d.retryable) {
                        m.retryable = $Boolean(d.retryable);
                    }
                }
                if (d.retryAfterMs != null) {
                    if (typeof d.retryAfterMs === "object" ? d.retryAfterMs.low || d.retryAfterMs.high : $Number(d.retryAfterMs) !== 0) {
                        if ($util.Long)
                            m.retryAfterMs = $util.Long.fromValue(d.retryAfterMs, false);
                        else if (typeof d.retryAfterMs === "string")
                            m.retryAfterMs = $parseInt(d.retryAfterMs, 10);
                        else if (typeof d.retryAfterMs === "number")
                            m.retryAfterMs = d.retryAfterMs;
                        else if (typeof d.retryAfterMs === "object")
                            m.retryAfterMs = new $util.LongBits(d.retryAfterMs.low >>> 0, d.retryAfterMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a CommandResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.CommandResult
             * @static
             * @param {mobile.v1.CommandResult} m CommandResult
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CommandResult.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.id = "";
                    d.status = 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.position = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.position = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.type = "";
                    d.detail = "";
                    d.body = "";
                    d.retryable = false;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.retryAfterMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.retryAfterMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = m.status;
                }
                if (m.position != null && $Object.hasOwnProperty.call(m, "position")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.position = typeof m.position === "number" ? $BigInt(m.position) : $util.Long.fromBits(m.position.low >>> 0, m.position.high >>> 0, false).toBigInt();
                    else if (typeof m.position === "number")
                        d.position = o.longs === $String ? $String(m.position) : m.position;
                    else
                        d.position = o.longs === $String ? $util.Long.prototype.toString.call(m.position) : o.longs === $Number ? new $util.LongBits(m.position.low >>> 0, m.position.high >>> 0).toNumber() : m.position;
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = m.type;
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    d.detail = m.detail;
                }
                if (m.body != null && $Object.hasOwnProperty.call(m, "body")) {
                    d.body = m.body;
                }
                if (m.retryable != null && $Object.hasOwnProperty.call(m, "retryable")) {
                    d.retryable = m.retryable;
                }
                if (m.retryAfterMs != null && $Object.hasOwnProperty.call(m, "retryAfterMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.retryAfterMs = typeof m.retryAfterMs === "number" ? $BigInt(m.retryAfterMs) : $util.Long.fromBits(m.retryAfterMs.low >>> 0, m.retryAfterMs.high >>> 0, false).toBigInt();
                    else if (typeof m.retryAfterMs === "number")
                        d.retryAfterMs = o.longs === $String ? $String(m.retryAfterMs) : m.retryAfterMs;
                    else
                        d.retryAfterMs = o.longs === $String ? $util.Long.prototype.toString.call(m.retryAfterMs) : o.longs === $Number ? new $util.LongBits(m.retryAfterMs.low >>> 0, m.retryAfterMs.high >>> 0).toNumber() : m.retryAfterMs;
                }
                return d;
            };

            /**
             * Converts this CommandResult to JSON.
             * @function toJSON
             * @memberof mobile.v1.CommandResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CommandResult.prototype.toJSON = function() {
                return CommandResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CommandResult
             * @function getTypeUrl
             * @memberof mobile.v1.CommandResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CommandResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.CommandResult";
            };

            return CommandResult;
        })();

        v1.PresenceChanged = (function() {

            /**
             * Properties of a PresenceChanged.
             * @typedef {Object} mobile.v1.PresenceChanged.$Properties
             * @property {string|null} [userId] PresenceChanged userId
             * @property {string|null} [status] PresenceChanged status
             * @property {string|null} [lastSeenAt] PresenceChanged lastSeenAt
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PresenceChanged.
             * @memberof mobile.v1
             * @interface IPresenceChanged
             * @augments mobile.v1.PresenceChanged.$Properties
             * @deprecated Use mobile.v1.PresenceChanged.$Properties instead.
             */

            /**
             * Shape of a PresenceChanged.
             * @typedef {mobile.v1.PresenceChanged.$Properties} mobile.v1.PresenceChanged.$Shape
             */

            /**
             * Constructs a new PresenceChanged.
             * @memberof mobile.v1
             * @classdesc Represents a PresenceChanged.
             * @constructor
             * @param {mobile.v1.PresenceChanged.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PresenceChanged = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * PresenceChanged userId.
             * @member {string} userId
             * @memberof mobile.v1.PresenceChanged
             * @instance
             */
            PresenceChanged.prototype.userId = "";

            /**
             * PresenceChanged status.
             * @member {string} status
             * @memberof mobile.v1.PresenceChanged
             * @instance
             */
            PresenceChanged.prototype.status = "";

            /**
             * PresenceChanged lastSeenAt.
             * @member {string} lastSeenAt
             * @memberof mobile.v1.PresenceChanged
             * @instance
             */
            PresenceChanged.prototype.lastSeenAt = "";

            /**
             * Creates a new PresenceChanged instance using the specified properties.
             * @function create
             * @memberof mobile.v1.PresenceChanged
             * @static
             * @param {mobile.v1.PresenceChanged.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.PresenceChanged} PresenceChanged instance
             * @type {{
             *   (properties: mobile.v1.PresenceChanged.$Shape): mobile.v1.PresenceChanged & mobile.v1.PresenceChanged.$Shape;
             *   (properties?: mobile.v1.PresenceChanged.$Properties): mobile.v1.PresenceChanged;
             * }}
             */
            PresenceChanged.create = function(properties) {
                return new PresenceChanged(properties);
            };

            /**
             * Encodes the specified PresenceChanged message. Does not implicitly {@link mobile.v1.PresenceChanged.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.PresenceChanged
             * @static
             * @param {mobile.v1.PresenceChanged.$Properties} m PresenceChanged message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PresenceChanged.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.userId != null && $Object.hasOwnProperty.call(m, "userId") && m.userId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.userId);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.status);
                if (m.lastSeenAt != null && $Object.hasOwnProperty.call(m, "lastSeenAt") && m.lastSeenAt !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.lastSeenAt);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified PresenceChanged message, length delimited. Does not implicitly {@link mobile.v1.PresenceChanged.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.PresenceChanged
             * @static
             * @param {mobile.v1.PresenceChanged.$Properties} message PresenceChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PresenceChanged.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a PresenceChanged message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.PresenceChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.PresenceChanged & mobile.v1.PresenceChanged.$Shape} PresenceChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PresenceChanged.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.PresenceChanged();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.userId = v;
                            else
                                delete m.userId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.lastSeenAt = v;
                            else
                                delete m.lastSeenAt;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a PresenceChanged message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.PresenceChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.PresenceChanged & mobile.v1.PresenceChanged.$Shape} PresenceChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PresenceChanged.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a PresenceChanged message.
             * @function verify
             * @memberof mobile.v1.PresenceChanged
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PresenceChanged.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.userId != null && $Object.hasOwnProperty.call(m, "userId")) {
                    if (!$util.isString(m.userId))
                        return "userId: string expected";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    if (!$util.isString(m.status))
                        return "status: string expected";
                }
                if (m.lastSeenAt != null && $Object.hasOwnProperty.call(m, "lastSeenAt")) {
                    if (!$util.isString(m.lastSeenAt))
                        return "lastSeenAt: string expected";
                }
                return null;
            };

            /**
             * Creates a PresenceChanged message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.PresenceChanged
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.PresenceChanged} PresenceChanged
             */
            PresenceChanged.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.PresenceChanged)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.PresenceChanged: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.PresenceChanged();
                if (d.userId != null) {
                    if (typeof d.userId !== "string" || d.userId.length) {
                        m.userId = $String(d.userId);
                    }
                }
                if (d.status != null) {
                    if (typeof d.status !== "string" || d.status.length) {
                        m.status = $String(d.status);
                    }
                }
                if (d.lastSeenAt != null) {
                    if (typeof d.lastSeenAt !== "string" || d.lastSeenAt.length) {
                        m.lastSeenAt = $String(d.lastSeenAt);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a PresenceChanged message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.PresenceChanged
             * @static
             * @param {mobile.v1.PresenceChanged} m PresenceChanged
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PresenceChanged.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.userId = "";
                    d.status = "";
                    d.lastSeenAt = "";
                }
                if (m.userId != null && $Object.hasOwnProperty.call(m, "userId")) {
                    d.userId = m.userId;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = m.status;
                }
                if (m.lastSeenAt != null && $Object.hasOwnProperty.call(m, "lastSeenAt")) {
                    d.lastSeenAt = m.lastSeenAt;
                }
                return d;
            };

            /**
             * Converts this PresenceChanged to JSON.
             * @function toJSON
             * @memberof mobile.v1.PresenceChanged
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PresenceChanged.prototype.toJSON = function() {
                return PresenceChanged.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PresenceChanged
             * @function getTypeUrl
             * @memberof mobile.v1.PresenceChanged
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PresenceChanged.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.PresenceChanged";
            };

            return PresenceChanged;
        })();

        v1.TypingChanged = (function() {

            /**
             * Properties of a TypingChanged.
             * @typedef {Object} mobile.v1.TypingChanged.$Properties
             * @property {string|null} [conversationId] TypingChanged conversationId
             * @property {string|null} [userId] TypingChanged userId
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TypingChanged.
             * @memberof mobile.v1
             * @interface ITypingChanged
             * @augments mobile.v1.TypingChanged.$Properties
             * @deprecated Use mobile.v1.TypingChanged.$Properties instead.
             */

            /**
             * Shape of a TypingChanged.
             * @typedef {mobile.v1.TypingChanged.$Properties} mobile.v1.TypingChanged.$Shape
             */

            /**
             * Constructs a new TypingChanged.
             * @memberof mobile.v1
             * @classdesc Represents a TypingChanged.
             * @constructor
             * @param {mobile.v1.TypingChanged.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TypingChanged = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * TypingChanged conversationId.
             * @member {string} conversationId
             * @memberof mobile.v1.TypingChanged
             * @instance
             */
            TypingChanged.prototype.conversationId = "";

            /**
             * TypingChanged userId.
             * @member {string} userId
             * @memberof mobile.v1.TypingChanged
             * @instance
             */
            TypingChanged.prototype.userId = "";

            /**
             * Creates a new TypingChanged instance using the specified properties.
             * @function create
             * @memberof mobile.v1.TypingChanged
             * @static
             * @param {mobile.v1.TypingChanged.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.TypingChanged} TypingChanged instance
             * @type {{
             *   (properties: mobile.v1.TypingChanged.$Shape): mobile.v1.TypingChanged & mobile.v1.TypingChanged.$Shape;
             *   (properties?: mobile.v1.TypingChanged.$Properties): mobile.v1.TypingChanged;
             * }}
             */
            TypingChanged.create = function(properties) {
                return new TypingChanged(properties);
            };

            /**
             * Encodes the specified TypingChanged message. Does not implicitly {@link mobile.v1.TypingChanged.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.TypingChanged
             * @static
             * @param {mobile.v1.TypingChanged.$Properties} m TypingChanged message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TypingChanged.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.conversationId);
                if (m.userId != null && $Object.hasOwnProperty.call(m, "userId") && m.userId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.userId);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified TypingChanged message, length delimited. Does not implicitly {@link mobile.v1.TypingChanged.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.TypingChanged
             * @static
             * @param {mobile.v1.TypingChanged.$Properties} message TypingChanged message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TypingChanged.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a TypingChanged message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.TypingChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.TypingChanged & mobile.v1.TypingChanged.$Shape} TypingChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TypingChanged.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.TypingChanged();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.conversationId = v;
                            else
                                delete m.conversationId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.userId = v;
                            else
                                delete m.userId;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a TypingChanged message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.TypingChanged
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.TypingChanged & mobile.v1.TypingChanged.$Shape} TypingChanged
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TypingChanged.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a TypingChanged message.
             * @function verify
             * @memberof mobile.v1.TypingChanged
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TypingChanged.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                    if (!$util.isString(m.conversationId))
                        return "conversationId: string expected";
                }
                if (m.userId != null && $Object.hasOwnProperty.call(m, "userId")) {
                    if (!$util.isString(m.userId))
                        return "userId: string expected";
                }
                return null;
            };

            /**
             * Creates a TypingChanged message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.TypingChanged
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.TypingChanged} TypingChanged
             */
            TypingChanged.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.TypingChanged)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.TypingChanged: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.TypingChanged();
                if (d.conversationId != null) {
                    if (typeof d.conversationId !== "string" || d.conversationId.length) {
                        m.conversationId = $String(d.conversationId);
                    }
                }
                if (d.userId != null) {
                    if (typeof d.userId !== "string" || d.userId.length) {
                        m.userId = $String(d.userId);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a TypingChanged message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.TypingChanged
             * @static
             * @param {mobile.v1.TypingChanged} m TypingChanged
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TypingChanged.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.conversationId = "";
                    d.userId = "";
                }
                if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                    d.conversationId = m.conversationId;
                }
                if (m.userId != null && $Object.hasOwnProperty.call(m, "userId")) {
                    d.userId = m.userId;
                }
                return d;
            };

            /**
             * Converts this TypingChanged to JSON.
             * @function toJSON
             * @memberof mobile.v1.TypingChanged
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TypingChanged.prototype.toJSON = function() {
                return TypingChanged.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TypingChanged
             * @function getTypeUrl
             * @memberof mobile.v1.TypingChanged
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TypingChanged.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.TypingChanged";
            };

            return TypingChanged;
        })();

        v1.LocationUpdate = (function() {

            /**
             * Properties of a LocationUpdate.
             * @typedef {Object} mobile.v1.LocationUpdate.$Properties
             * @property {string|null} [type] LocationUpdate type
             * @property {string|null} [conversationId] LocationUpdate conversationId
             * @property {string|null} [userId] LocationUpdate userId
             * @property {string|null} [shareId] LocationUpdate shareId
             * @property {string|null} [precision] LocationUpdate precision
             * @property {string|null} [startedAt] LocationUpdate startedAt
             * @property {string|null} [endsAt] LocationUpdate endsAt
             * @property {mobile.v1.LocationFix.$Properties|null} [location] LocationUpdate location
             * @property {string|null} [reason] LocationUpdate reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LocationUpdate.
             * @memberof mobile.v1
             * @interface ILocationUpdate
             * @augments mobile.v1.LocationUpdate.$Properties
             * @deprecated Use mobile.v1.LocationUpdate.$Properties instead.
             */

            /**
             * Shape of a LocationUpdate.
             * @typedef {mobile.v1.LocationUpdate.$Properties} mobile.v1.LocationUpdate.$Shape
             */

            /**
             * Constructs a new LocationUpdate.
             * @memberof mobile.v1
             * @classdesc Represents a LocationUpdate.
             * @constructor
             * @param {mobile.v1.LocationUpdate.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LocationUpdate = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LocationUpdate type.
             * @member {string} type
             * @memberof mobile.v1.LocationUpdate
             * @instance
             */
            LocationUpdate.prototype.type = "";

            /**
             * LocationUpdate conversationId.
             * @member {string} conversationId
             * @memberof mobile.v1.LocationUpdate
             * @instance
             */
            LocationUpdate.prototype.conversationId = "";

            /**
             * LocationUpdate userId.
             * @member {string} userId
             * @memberof mobile.v1.LocationUpdate
             * @instance
             */
            LocationUpdate.prototype.userId = "";

            /**
             * LocationUpdate shareId.
             * @member {string} shareId
             * @memberof mobile.v1.LocationUpdate
             * @instance
             */
            LocationUpdate.prototype.shareId = "";

            /**
             * LocationUpdate precision.
             * @member {string} precision
             * @memberof mobile.v1.LocationUpdate
             * @instance
             */
            LocationUpdate.prototype.precision = "";

            /**
             * LocationUpdate startedAt.
             * @member {string} startedAt
             * @memberof mobile.v1.LocationUpdate
             * @instance
             */
            LocationUpdate.prototype.startedAt = "";

            /**
             * LocationUpdate endsAt.
             * @member {string} endsAt
             * @memberof mobile.v1.LocationUpdate
             * @instance
             */
            LocationUpdate.prototype.endsAt = "";

            /**
             * LocationUpdate location.
             * @member {mobile.v1.LocationFix.$Properties|null|undefined} location
             * @memberof mobile.v1.LocationUpdate
             * @instance
             */
            LocationUpdate.prototype.location = null;

            /**
             * LocationUpdate reason.
             * @member {string} reason
             * @memberof mobile.v1.LocationUpdate
             * @instance
             */
            LocationUpdate.prototype.reason = "";

            /**
             * Creates a new LocationUpdate instance using the specified properties.
             * @function create
             * @memberof mobile.v1.LocationUpdate
             * @static
             * @param {mobile.v1.LocationUpdate.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.LocationUpdate} LocationUpdate instance
             * @type {{
             *   (properties: mobile.v1.LocationUpdate.$Shape): mobile.v1.LocationUpdate & mobile.v1.LocationUpdate.$Shape;
             *   (properties?: mobile.v1.LocationUpdate.$Properties): mobile.v1.LocationUpdate;
             * }}
             */
            LocationUpdate.create = function(properties) {
                return new LocationUpdate(properties);
            };

            /**
             * Encodes the specified LocationUpdate message. Does not implicitly {@link mobile.v1.LocationUpdate.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.LocationUpdate
             * @static
             * @param {mobile.v1.LocationUpdate.$Properties} m LocationUpdate message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LocationUpdate.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.type);
                if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId") && m.conversationId !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.conversationId);
                if (m.userId != null && $Object.hasOwnProperty.call(m, "userId") && m.userId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.userId);
                if (m.shareId != null && $Object.hasOwnProperty.call(m, "shareId") && m.shareId !== "")
                    w.uint32(/* id 4, wireType 2 =*/34).string(m.shareId);
                if (m.precision != null && $Object.hasOwnProperty.call(m, "precision") && m.precision !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.precision);
                if (m.startedAt != null && $Object.hasOwnProperty.call(m, "startedAt") && m.startedAt !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.startedAt);
                if (m.endsAt != null && $Object.hasOwnProperty.call(m, "endsAt") && m.endsAt !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.endsAt);
                if (m.location != null && $Object.hasOwnProperty.call(m, "location"))
                    $root.mobile.v1.LocationFix.encode(m.location, w.uint32(/* id 8, wireType 2 =*/66).fork(), q + 1).ldelim();
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.reason);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified LocationUpdate message, length delimited. Does not implicitly {@link mobile.v1.LocationUpdate.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.LocationUpdate
             * @static
             * @param {mobile.v1.LocationUpdate.$Properties} message LocationUpdate message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LocationUpdate.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LocationUpdate message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.LocationUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.LocationUpdate & mobile.v1.LocationUpdate.$Shape} LocationUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LocationUpdate.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.LocationUpdate();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.conversationId = v;
                            else
                                delete m.conversationId;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.userId = v;
                            else
                                delete m.userId;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.shareId = v;
                            else
                                delete m.shareId;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.precision = v;
                            else
                                delete m.precision;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.startedAt = v;
                            else
                                delete m.startedAt;
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.endsAt = v;
                            else
                                delete m.endsAt;
                            continue;
                        }
                    case 8: {
                            if (u !== 2)
                                break;
                            m.location = $root.mobile.v1.LocationFix.decode(r, r.size(), $undefined, q + 1, m.location);
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a LocationUpdate message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.LocationUpdate
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.LocationUpdate & mobile.v1.LocationUpdate.$Shape} LocationUpdate
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LocationUpdate.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LocationUpdate message.
             * @function verify
             * @memberof mobile.v1.LocationUpdate
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LocationUpdate.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    if (!$util.isString(m.type))
                        return "type: string expected";
                }
                if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                    if (!$util.isString(m.conversationId))
                        return "conversationId: string expected";
                }
                if (m.userId != null && $Object.hasOwnProperty.call(m, "userId")) {
                    if (!$util.isString(m.userId))
                        return "userId: string expected";
                }
                if (m.shareId != null && $Object.hasOwnProperty.call(m, "shareId")) {
                    if (!$util.isString(m.shareId))
                        return "shareId: string expected";
                }
                if (m.precision != null && $Object.hasOwnProperty.call(m, "precision")) {
                    if (!$util.isString(m.precision))
                        return "precision: string expected";
                }
                if (m.startedAt != null && $Object.hasOwnProperty.call(m, "startedAt")) {
                    if (!$util.isString(m.startedAt))
                        return "startedAt: string expected";
                }
                if (m.endsAt != null && $Object.hasOwnProperty.call(m, "endsAt")) {
                    if (!$util.isString(m.endsAt))
                        return "endsAt: string expected";
                }
                if (m.location != null && $Object.hasOwnProperty.call(m, "location")) {
                    {
                        var e = $root.mobile.v1.LocationFix.verify(m.location, q + 1);
                        if (e)
                            return "location." + e;
                    }
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                return null;
            };

            /**
             * Creates a LocationUpdate message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.LocationUpdate
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.LocationUpdate} LocationUpdate
             */
            LocationUpdate.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.LocationUpdate)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.LocationUpdate: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.LocationUpdate();
                if (d.type != null) {
                    if (typeof d.type !== "string" || d.type.length) {
                        m.type = $String(d.type);
                    }
                }
                if (d.conversationId != null) {
                    if (typeof d.conversationId !== "string" || d.conversationId.length) {
                        m.conversationId = $String(d.conversationId);
                    }
                }
                if (d.userId != null) {
                    if (typeof d.userId !== "string" || d.userId.length) {
                        m.userId = $String(d.userId);
                    }
                }
                if (d.shareId != null) {
                    if (typeof d.shareId !== "string" || d.shareId.length) {
                        m.shareId = $String(d.shareId);
                    }
                }
                if (d.precision != null) {
                    if (typeof d.precision !== "string" || d.precision.length) {
                        m.precision = $String(d.precision);
                    }
                }
                if (d.startedAt != null) {
                    if (typeof d.startedAt !== "string" || d.startedAt.length) {
                        m.startedAt = $String(d.startedAt);
                    }
                }
                if (d.endsAt != null) {
                    if (typeof d.endsAt !== "string" || d.endsAt.length) {
                        m.endsAt = $String(d.endsAt);
                    }
                }
                if (d.location != null) {
                    if (!$util.isObject(d.location))
                        throw $TypeError(".mobile.v1.LocationUpdate.location: object expected");
                    m.location = $root.mobile.v1.LocationFix.fromObject(d.location, q + 1);
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LocationUpdate message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.LocationUpdate
             * @static
             * @param {mobile.v1.LocationUpdate} m LocationUpdate
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LocationUpdate.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type = "";
                    d.conversationId = "";
                    d.userId = "";
                    d.shareId = "";
                    d.precision = "";
                    d.startedAt = "";
                    d.endsAt = "";
                    d.location = null;
                    d.reason = "";
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = m.type;
                }
                if (m.conversationId != null && $Object.hasOwnProperty.call(m, "conversationId")) {
                    d.conversationId = m.conversationId;
                }
                if (m.userId != null && $Object.hasOwnProperty.call(m, "userId")) {
                    d.userId = m.userId;
                }
                if (m.shareId != null && $Object.hasOwnProperty.call(m, "shareId")) {
                    d.shareId = m.shareId;
                }
                if (m.precision != null && $Object.hasOwnProperty.call(m, "precision")) {
                    d.precision = m.precision;
                }
                if (m.startedAt != null && $Object.hasOwnProperty.call(m, "startedAt")) {
                    d.startedAt = m.startedAt;
                }
                if (m.endsAt != null && $Object.hasOwnProperty.call(m, "endsAt")) {
                    d.endsAt = m.endsAt;
                }
                if (m.location != null && $Object.hasOwnProperty.call(m, "location")) {
                    d.location = $root.mobile.v1.LocationFix.toObject(m.location, o, q + 1);
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                return d;
            };

            /**
             * Converts this LocationUpdate to JSON.
             * @function toJSON
             * @memberof mobile.v1.LocationUpdate
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LocationUpdate.prototype.toJSON = function() {
                return LocationUpdate.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LocationUpdate
             * @function getTypeUrl
             * @memberof mobile.v1.LocationUpdate
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LocationUpdate.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.LocationUpdate";
            };

            return LocationUpdate;
        })();

        v1.LocationFix = (function() {

            /**
             * Properties of a LocationFix.
             * @typedef {Object} mobile.v1.LocationFix.$Properties
             * @property {number|null} [lat] LocationFix lat
             * @property {number|null} [lon] LocationFix lon
             * @property {number|null} [accuracy] LocationFix accuracy
             * @property {number|null} [heading] LocationFix heading
             * @property {number|null} [speed] LocationFix speed
             * @property {string|null} [at] LocationFix at
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LocationFix.
             * @memberof mobile.v1
             * @interface ILocationFix
             * @augments mobile.v1.LocationFix.$Properties
             * @deprecated Use mobile.v1.LocationFix.$Properties instead.
             */

            /**
             * Shape of a LocationFix.
             * @typedef {mobile.v1.LocationFix.$Properties} mobile.v1.LocationFix.$Shape
             */

            /**
             * Constructs a new LocationFix.
             * @memberof mobile.v1
             * @classdesc Represents a LocationFix.
             * @constructor
             * @param {mobile.v1.LocationFix.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LocationFix = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * LocationFix lat.
             * @member {number} lat
             * @memberof mobile.v1.LocationFix
             * @instance
             */
            LocationFix.prototype.lat = 0;

            /**
             * LocationFix lon.
             * @member {number} lon
             * @memberof mobile.v1.LocationFix
             * @instance
             */
            LocationFix.prototype.lon = 0;

            /**
             * LocationFix accuracy.
             * @member {number} accuracy
             * @memberof mobile.v1.LocationFix
             * @instance
             */
            LocationFix.prototype.accuracy = 0;

            /**
             * LocationFix heading.
             * @member {number} heading
             * @memberof mobile.v1.LocationFix
             * @instance
             */
            LocationFix.prototype.heading = 0;

            /**
             * LocationFix speed.
             * @member {number} speed
             * @memberof mobile.v1.LocationFix
             * @instance
             */
            LocationFix.prototype.speed = 0;

            /**
             * LocationFix at.
             * @member {string} at
             * @memberof mobile.v1.LocationFix
             * @instance
             */
            LocationFix.prototype.at = "";

            /**
             * Creates a new LocationFix instance using the specified properties.
             * @function create
             * @memberof mobile.v1.LocationFix
             * @static
             * @param {mobile.v1.LocationFix.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.LocationFix} LocationFix instance
             * @type {{
             *   (properties: mobile.v1.LocationFix.$Shape): mobile.v1.LocationFix & mobile.v1.LocationFix.$Shape;
             *   (properties?: mobile.v1.LocationFix.$Properties): mobile.v1.LocationFix;
             * }}
             */
            LocationFix.create = function(properties) {
                return new LocationFix(properties);
            };

            /**
             * Encodes the specified LocationFix message. Does not implicitly {@link mobile.v1.LocationFix.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.LocationFix
             * @static
             * @param {mobile.v1.LocationFix.$Properties} m LocationFix message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LocationFix.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.lat != null && $Object.hasOwnProperty.call(m, "lat") && !$Object.is(m.lat, 0))
                    w.uint32(/* id 1, wireType 1 =*/9).double(m.lat);
                if (m.lon != null && $Object.hasOwnProperty.call(m, "lon") && !$Object.is(m.lon, 0))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.lon);
                if (m.accuracy != null && $Object.hasOwnProperty.call(m, "accuracy") && !$Object.is(m.accuracy, 0))
                    w.uint32(/* id 3, wireType 1 =*/25).double(m.accuracy);
                if (m.heading != null && $Object.hasOwnProperty.call(m, "heading") && !$Object.is(m.heading, 0))
                    w.uint32(/* id 4, wireType 1 =*/33).double(m.heading);
                if (m.speed != null && $Object.hasOwnProperty.call(m, "speed") && !$Object.is(m.speed, 0))
                    w.uint32(/* id 5, wireType 1 =*/41).double(m.speed);
                if (m.at != null && $Object.hasOwnProperty.call(m, "at") && m.at !== "")
                    w.uint32(/* id 6, wireType 2 =*/50).string(m.at);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified LocationFix message, length delimited. Does not implicitly {@link mobile.v1.LocationFix.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.LocationFix
             * @static
             * @param {mobile.v1.LocationFix.$Properties} message LocationFix message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LocationFix.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a LocationFix message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.LocationFix
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.LocationFix & mobile.v1.LocationFix.$Shape} LocationFix
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LocationFix.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.LocationFix();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.lat = v;
                            else
                                delete m.lat;
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.lon = v;
                            else
                                delete m.lon;
                            continue;
                        }
                    case 3: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.accuracy = v;
                            else
                                delete m.accuracy;
                            continue;
                        }
                    case 4: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.heading = v;
                            else
                                delete m.heading;
                            continue;
                        }
                    case 5: {
                            if (u !== 1)
                                break;
                            if (!$Object.is(v = r.double(), 0))
                                m.speed = v;
                            else
                                delete m.speed;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.at = v;
                            else
                                delete m.at;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a LocationFix message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.LocationFix
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.LocationFix & mobile.v1.LocationFix.$Shape} LocationFix
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LocationFix.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a LocationFix message.
             * @function verify
             * @memberof mobile.v1.LocationFix
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LocationFix.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.lat != null && $Object.hasOwnProperty.call(m, "lat")) {
                    if (typeof m.lat !== "number")
                        return "lat: number expected";
                }
                if (m.lon != null && $Object.hasOwnProperty.call(m, "lon")) {
                    if (typeof m.lon !== "number")
                        return "lon: number expected";
                }
                if (m.accuracy != null && $Object.hasOwnProperty.call(m, "accuracy")) {
                    if (typeof m.accuracy !== "number")
                        return "accuracy: number expected";
                }
                if (m.heading != null && $Object.hasOwnProperty.call(m, "heading")) {
                    if (typeof m.heading !== "number")
                        return "heading: number expected";
                }
                if (m.speed != null && $Object.hasOwnProperty.call(m, "speed")) {
                    if (typeof m.speed !== "number")
                        return "speed: number expected";
                }
                if (m.at != null && $Object.hasOwnProperty.call(m, "at")) {
                    if (!$util.isString(m.at))
                        return "at: string expected";
                }
                return null;
            };

            /**
             * Creates a LocationFix message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.LocationFix
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.LocationFix} LocationFix
             */
            LocationFix.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.LocationFix)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.LocationFix: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.LocationFix();
                if (d.lat != null) {
                    if (!$Object.is($Number(d.lat), 0)) {
                        m.lat = $Number(d.lat);
                    }
                }
                if (d.lon != null) {
                    if (!$Object.is($Number(d.lon), 0)) {
                        m.lon = $Number(d.lon);
                    }
                }
                if (d.accuracy != null) {
                    if (!$Object.is($Number(d.accuracy), 0)) {
                        m.accuracy = $Number(d.accuracy);
                    }
                }
                if (d.heading != null) {
                    if (!$Object.is($Number(d.heading), 0)) {
                        m.heading = $Number(d.heading);
                    }
                }
                if (d.speed != null) {
                    if (!$Object.is($Number(d.speed), 0)) {
                        m.speed = $Number(d.speed);
                    }
                }
                if (d.at != null) {
                    if (typeof d.at !== "string" || d.at.length) {
                        m.at = $String(d.at);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a LocationFix message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.LocationFix
             * @static
             * @param {mobile.v1.LocationFix} m LocationFix
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LocationFix.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.lat = 0;
                    d.lon = 0;
                    d.accuracy = 0;
                    d.heading = 0;
                    d.speed = 0;
                    d.at = "";
                }
                if (m.lat != null && $Object.hasOwnProperty.call(m, "lat")) {
                    d.lat = o.json && !$isFinite(m.lat) ? $String(m.lat) : m.lat;
                }
                if (m.lon != null && $Object.hasOwnProperty.call(m, "lon")) {
                    d.lon = o.json && !$isFinite(m.lon) ? $String(m.lon) : m.lon;
                }
                if (m.accuracy != null && $Object.hasOwnProperty.call(m, "accuracy")) {
                    d.accuracy = o.json && !$isFinite(m.accuracy) ? $String(m.accuracy) : m.accuracy;
                }
                if (m.heading != null && $Object.hasOwnProperty.call(m, "heading")) {
                    d.heading = o.json && !$isFinite(m.heading) ? $String(m.heading) : m.heading;
                }
                if (m.speed != null && $Object.hasOwnProperty.call(m, "speed")) {
                    d.speed = o.json && !$isFinite(m.speed) ? $String(m.speed) : m.speed;
                }
                if (m.at != null && $Object.hasOwnProperty.call(m, "at")) {
                    d.at = m.at;
                }
                return d;
            };

            /**
             * Converts this LocationFix to JSON.
             * @function toJSON
             * @memberof mobile.v1.LocationFix
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LocationFix.prototype.toJSON = function() {
                return LocationFix.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LocationFix
             * @function getTypeUrl
             * @memberof mobile.v1.LocationFix
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LocationFix.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.LocationFix";
            };

            return LocationFix;
        })();

        v1.WatchError = (function() {

            /**
             * Properties of a WatchError.
             * @typedef {Object} mobile.v1.WatchError.$Properties
             * @property {string|null} [type] WatchError type
             * @property {string|null} [detail] WatchError detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WatchError.
             * @memberof mobile.v1
             * @interface IWatchError
             * @augments mobile.v1.WatchError.$Properties
             * @deprecated Use mobile.v1.WatchError.$Properties instead.
             */

            /**
             * Shape of a WatchError.
             * @typedef {mobile.v1.WatchError.$Properties} mobile.v1.WatchError.$Shape
             */

            /**
             * Constructs a new WatchError.
             * @memberof mobile.v1
             * @classdesc Represents a WatchError.
             * @constructor
             * @param {mobile.v1.WatchError.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WatchError = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * WatchError type.
             * @member {string} type
             * @memberof mobile.v1.WatchError
             * @instance
             */
            WatchError.prototype.type = "";

            /**
             * WatchError detail.
             * @member {string} detail
             * @memberof mobile.v1.WatchError
             * @instance
             */
            WatchError.prototype.detail = "";

            /**
             * Creates a new WatchError instance using the specified properties.
             * @function create
             * @memberof mobile.v1.WatchError
             * @static
             * @param {mobile.v1.WatchError.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.WatchError} WatchError instance
             * @type {{
             *   (properties: mobile.v1.WatchError.$Shape): mobile.v1.WatchError & mobile.v1.WatchError.$Shape;
             *   (properties?: mobile.v1.WatchError.$Properties): mobile.v1.WatchError;
             * }}
             */
            WatchError.create = function(properties) {
                return new WatchError(properties);
            };

            /**
             * Encodes the specified WatchError message. Does not implicitly {@link mobile.v1.WatchError.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.WatchError
             * @static
             * @param {mobile.v1.WatchError.$Properties} m WatchError message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchError.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.type);
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail") && m.detail !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.detail);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified WatchError message, length delimited. Does not implicitly {@link mobile.v1.WatchError.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.WatchError
             * @static
             * @param {mobile.v1.WatchError.$Properties} message WatchError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WatchError.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a WatchError message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.WatchError
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.WatchError & mobile.v1.WatchError.$Shape} WatchError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchError.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.WatchError();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.detail = v;
                            else
                                delete m.detail;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a WatchError message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.WatchError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.WatchError & mobile.v1.WatchError.$Shape} WatchError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WatchError.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a WatchError message.
             * @function verify
             * @memberof mobile.v1.WatchError
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WatchError.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    if (!$util.isString(m.type))
                        return "type: string expected";
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    if (!$util.isString(m.detail))
                        return "detail: string expected";
                }
                return null;
            };

            /**
             * Creates a WatchError message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.WatchError
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.WatchError} WatchError
             */
            WatchError.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.WatchError)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.WatchError: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.WatchError();
                if (d.type != null) {
                    if (typeof d.type !== "string" || d.type.length) {
                        m.type = $String(d.type);
                    }
                }
                if (d.detail != null) {
                    if (typeof d.detail !== "string" || d.detail.length) {
                        m.detail = $String(d.detail);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a WatchError message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.WatchError
             * @static
             * @param {mobile.v1.WatchError} m WatchError
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WatchError.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type = "";
                    d.detail = "";
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = m.type;
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    d.detail = m.detail;
                }
                return d;
            };

            /**
             * Converts this WatchError to JSON.
             * @function toJSON
             * @memberof mobile.v1.WatchError
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WatchError.prototype.toJSON = function() {
                return WatchError.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WatchError
             * @function getTypeUrl
             * @memberof mobile.v1.WatchError
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WatchError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.WatchError";
            };

            return WatchError;
        })();

        v1.Reauthenticated = (function() {

            /**
             * Properties of a Reauthenticated.
             * @typedef {Object} mobile.v1.Reauthenticated.$Properties
             * @property {number|Long|null} [expiresAtMs] Reauthenticated expiresAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reauthenticated.
             * @memberof mobile.v1
             * @interface IReauthenticated
             * @augments mobile.v1.Reauthenticated.$Properties
             * @deprecated Use mobile.v1.Reauthenticated.$Properties instead.
             */

            /**
             * Shape of a Reauthenticated.
             * @typedef {mobile.v1.Reauthenticated.$Properties} mobile.v1.Reauthenticated.$Shape
             */

            /**
             * Constructs a new Reauthenticated.
             * @memberof mobile.v1
             * @classdesc Represents a Reauthenticated.
             * @constructor
             * @param {mobile.v1.Reauthenticated.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reauthenticated = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Reauthenticated expiresAtMs.
             * @member {number|Long} expiresAtMs
             * @memberof mobile.v1.Reauthenticated
             * @instance
             */
            Reauthenticated.prototype.expiresAtMs = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new Reauthenticated instance using the specified properties.
             * @function create
             * @memberof mobile.v1.Reauthenticated
             * @static
             * @param {mobile.v1.Reauthenticated.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.Reauthenticated} Reauthenticated instance
             * @type {{
             *   (properties: mobile.v1.Reauthenticated.$Shape): mobile.v1.Reauthenticated & mobile.v1.Reauthenticated.$Shape;
             *   (properties?: mobile.v1.Reauthenticated.$Properties): mobile.v1.Reauthenticated;
             * }}
             */
            Reauthenticated.create = function(properties) {
                return new Reauthenticated(properties);
            };

            /**
             * Encodes the specified Reauthenticated message. Does not implicitly {@link mobile.v1.Reauthenticated.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.Reauthenticated
             * @static
             * @param {mobile.v1.Reauthenticated.$Properties} m Reauthenticated message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reauthenticated.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs") && (typeof m.expiresAtMs === "object" ? m.expiresAtMs.low || m.expiresAtMs.high : m.expiresAtMs !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.expiresAtMs);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Reauthenticated message, length delimited. Does not implicitly {@link mobile.v1.Reauthenticated.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.Reauthenticated
             * @static
             * @param {mobile.v1.Reauthenticated.$Properties} message Reauthenticated message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reauthenticated.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Reauthenticated message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.Reauthenticated
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.Reauthenticated & mobile.v1.Reauthenticated.$Shape} Reauthenticated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reauthenticated.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.Reauthenticated();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.expiresAtMs = v;
                            else
                                delete m.expiresAtMs;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Reauthenticated message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.Reauthenticated
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.Reauthenticated & mobile.v1.Reauthenticated.$Shape} Reauthenticated
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reauthenticated.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Reauthenticated message.
             * @function verify
             * @memberof mobile.v1.Reauthenticated
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Reauthenticated.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs")) {
                    if (!$util.isInteger(m.expiresAtMs) && !(m.expiresAtMs && $util.isInteger(m.expiresAtMs.low) && $util.isInteger(m.expiresAtMs.high)))
                        return "expiresAtMs: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a Reauthenticated message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.Reauthenticated
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.Reauthenticated} Reauthenticated
             */
            Reauthenticated.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.Reauthenticated)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.Reauthenticated: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.Reauthenticated();
                if (d.expiresAtMs != null) {
                    if (typeof d.expiresAtMs === "object" ? d.expiresAtMs.low || d.expiresAtMs.high : $Number(d.expiresAtMs) !== 0) {
                        if ($util.Long)
                            m.expiresAtMs = $util.Long.fromValue(d.expiresAtMs, false);
                        else if (typeof d.expiresAtMs === "string")
                            m.expiresAtMs = $parseInt(d.expiresAtMs, 10);
                        else if (typeof d.expiresAtMs === "number")
                            m.expiresAtMs = d.expiresAtMs;
                        else if (typeof d.expiresAtMs === "object")
                            m.expiresAtMs = new $util.LongBits(d.expiresAtMs.low >>> 0, d.expiresAtMs.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Reauthenticated message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.Reauthenticated
             * @static
             * @param {mobile.v1.Reauthenticated} m Reauthenticated
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reauthenticated.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.expiresAtMs = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.expiresAtMs = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.expiresAtMs != null && $Object.hasOwnProperty.call(m, "expiresAtMs")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.expiresAtMs = typeof m.expiresAtMs === "number" ? $BigInt(m.expiresAtMs) : $util.Long.fromBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0, false).toBigInt();
                    else if (typeof m.expiresAtMs === "number")
                        d.expiresAtMs = o.longs === $String ? $String(m.expiresAtMs) : m.expiresAtMs;
                    else
                        d.expiresAtMs = o.longs === $String ? $util.Long.prototype.toString.call(m.expiresAtMs) : o.longs === $Number ? new $util.LongBits(m.expiresAtMs.low >>> 0, m.expiresAtMs.high >>> 0).toNumber() : m.expiresAtMs;
                }
                return d;
            };

            /**
             * Converts this Reauthenticated to JSON.
             * @function toJSON
             * @memberof mobile.v1.Reauthenticated
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reauthenticated.prototype.toJSON = function() {
                return Reauthenticated.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Reauthenticated
             * @function getTypeUrl
             * @memberof mobile.v1.Reauthenticated
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Reauthenticated.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.Reauthenticated";
            };

            return Reauthenticated;
        })();

        v1.SubscribeError = (function() {

            /**
             * Properties of a SubscribeError.
             * @typedef {Object} mobile.v1.SubscribeError.$Properties
             * @property {string|null} [type] SubscribeError type
             * @property {string|null} [detail] SubscribeError detail
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SubscribeError.
             * @memberof mobile.v1
             * @interface ISubscribeError
             * @augments mobile.v1.SubscribeError.$Properties
             * @deprecated Use mobile.v1.SubscribeError.$Properties instead.
             */

            /**
             * Shape of a SubscribeError.
             * @typedef {mobile.v1.SubscribeError.$Properties} mobile.v1.SubscribeError.$Shape
             */

            /**
             * Constructs a new SubscribeError.
             * @memberof mobile.v1
             * @classdesc Represents a SubscribeError.
             * @constructor
             * @param {mobile.v1.SubscribeError.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SubscribeError = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * SubscribeError type.
             * @member {string} type
             * @memberof mobile.v1.SubscribeError
             * @instance
             */
            SubscribeError.prototype.type = "";

            /**
             * SubscribeError detail.
             * @member {string} detail
             * @memberof mobile.v1.SubscribeError
             * @instance
             */
            SubscribeError.prototype.detail = "";

            /**
             * Creates a new SubscribeError instance using the specified properties.
             * @function create
             * @memberof mobile.v1.SubscribeError
             * @static
             * @param {mobile.v1.SubscribeError.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.SubscribeError} SubscribeError instance
             * @type {{
             *   (properties: mobile.v1.SubscribeError.$Shape): mobile.v1.SubscribeError & mobile.v1.SubscribeError.$Shape;
             *   (properties?: mobile.v1.SubscribeError.$Properties): mobile.v1.SubscribeError;
             * }}
             */
            SubscribeError.create = function(properties) {
                return new SubscribeError(properties);
            };

            /**
             * Encodes the specified SubscribeError message. Does not implicitly {@link mobile.v1.SubscribeError.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.SubscribeError
             * @static
             * @param {mobile.v1.SubscribeError.$Properties} m SubscribeError message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscribeError.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.type != null && $Object.hasOwnProperty.call(m, "type") && m.type !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.type);
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail") && m.detail !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.detail);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified SubscribeError message, length delimited. Does not implicitly {@link mobile.v1.SubscribeError.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.SubscribeError
             * @static
             * @param {mobile.v1.SubscribeError.$Properties} message SubscribeError message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SubscribeError.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a SubscribeError message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.SubscribeError
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.SubscribeError & mobile.v1.SubscribeError.$Shape} SubscribeError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscribeError.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.SubscribeError();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.type = v;
                            else
                                delete m.type;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.detail = v;
                            else
                                delete m.detail;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a SubscribeError message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.SubscribeError
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.SubscribeError & mobile.v1.SubscribeError.$Shape} SubscribeError
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SubscribeError.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a SubscribeError message.
             * @function verify
             * @memberof mobile.v1.SubscribeError
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SubscribeError.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    if (!$util.isString(m.type))
                        return "type: string expected";
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    if (!$util.isString(m.detail))
                        return "detail: string expected";
                }
                return null;
            };

            /**
             * Creates a SubscribeError message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.SubscribeError
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.SubscribeError} SubscribeError
             */
            SubscribeError.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.SubscribeError)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.SubscribeError: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.SubscribeError();
                if (d.type != null) {
                    if (typeof d.type !== "string" || d.type.length) {
                        m.type = $String(d.type);
                    }
                }
                if (d.detail != null) {
                    if (typeof d.detail !== "string" || d.detail.length) {
                        m.detail = $String(d.detail);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a SubscribeError message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.SubscribeError
             * @static
             * @param {mobile.v1.SubscribeError} m SubscribeError
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SubscribeError.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type = "";
                    d.detail = "";
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = m.type;
                }
                if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                    d.detail = m.detail;
                }
                return d;
            };

            /**
             * Converts this SubscribeError to JSON.
             * @function toJSON
             * @memberof mobile.v1.SubscribeError
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SubscribeError.prototype.toJSON = function() {
                return SubscribeError.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SubscribeError
             * @function getTypeUrl
             * @memberof mobile.v1.SubscribeError
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SubscribeError.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.SubscribeError";
            };

            return SubscribeError;
        })();

        v1.MutationBatch = (function() {

            /**
             * Properties of a MutationBatch.
             * @typedef {Object} mobile.v1.MutationBatch.$Properties
             * @property {string|null} [clientId] MutationBatch clientId
             * @property {Array.<mobile.v1.Mutation.$Properties>|null} [mutations] MutationBatch mutations
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MutationBatch.
             * @memberof mobile.v1
             * @interface IMutationBatch
             * @augments mobile.v1.MutationBatch.$Properties
             * @deprecated Use mobile.v1.MutationBatch.$Properties instead.
             */

            /**
             * Shape of a MutationBatch.
             * @typedef {{
             *   clientId?: string|null;
             *   mutations?: Array.<mobile.v1.Mutation.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} mobile.v1.MutationBatch.$Shape
             */

            /**
             * Constructs a new MutationBatch.
             * @memberof mobile.v1
             * @classdesc Represents a MutationBatch.
             * @constructor
             * @param {mobile.v1.MutationBatch.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MutationBatch = function (p) {
                this.mutations = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MutationBatch clientId.
             * @member {string} clientId
             * @memberof mobile.v1.MutationBatch
             * @instance
             */
            MutationBatch.prototype.clientId = "";

            /**
             * MutationBatch mutations.
             * @member {Array.<mobile.v1.Mutation.$Properties>} mutations
             * @memberof mobile.v1.MutationBatch
             * @instance
             */
            MutationBatch.prototype.mutations = $util.emptyArray;

            /**
             * Creates a new MutationBatch instance using the specified properties.
             * @function create
             * @memberof mobile.v1.MutationBatch
             * @static
             * @param {mobile.v1.MutationBatch.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.MutationBatch} MutationBatch instance
             * @type {{
             *   (properties: mobile.v1.MutationBatch.$Shape): mobile.v1.MutationBatch & mobile.v1.MutationBatch.$Shape;
             *   (properties?: mobile.v1.MutationBatch.$Properties): mobile.v1.MutationBatch;
             * }}
             */
            MutationBatch.create = function(properties) {
                return new MutationBatch(properties);
            };

            /**
             * Encodes the specified MutationBatch message. Does not implicitly {@link mobile.v1.MutationBatch.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.MutationBatch
             * @static
             * @param {mobile.v1.MutationBatch.$Properties} m MutationBatch message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MutationBatch.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.clientId != null && $Object.hasOwnProperty.call(m, "clientId") && m.clientId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.clientId);
                if (m.mutations != null && m.mutations.length) {
                    for (var i = 0; i < m.mutations.length; ++i)
                        $root.mobile.v1.Mutation.encode(m.mutations[i], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified MutationBatch message, length delimited. Does not implicitly {@link mobile.v1.MutationBatch.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.MutationBatch
             * @static
             * @param {mobile.v1.MutationBatch.$Properties} message MutationBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MutationBatch.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MutationBatch message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.MutationBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.MutationBatch & mobile.v1.MutationBatch.$Shape} MutationBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MutationBatch.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.MutationBatch();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.clientId = v;
                            else
                                delete m.clientId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if (!(m.mutations && m.mutations.length))
                                m.mutations = [];
                            m.mutations.push($root.mobile.v1.Mutation.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a MutationBatch message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.MutationBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.MutationBatch & mobile.v1.MutationBatch.$Shape} MutationBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MutationBatch.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MutationBatch message.
             * @function verify
             * @memberof mobile.v1.MutationBatch
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MutationBatch.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.clientId != null && $Object.hasOwnProperty.call(m, "clientId")) {
                    if (!$util.isString(m.clientId))
                        return "clientId: string expected";
                }
                if (m.mutations != null && $Object.hasOwnProperty.call(m, "mutations")) {
                    if (!$Array.isArray(m.mutations))
                        return "mutations: array expected";
                    for (var i = 0; i < m.mutations.length; ++i) {
                        {
                            var e = $root.mobile.v1.Mutation.verify(m.mutations[i], q + 1);
                            if (e)
                                return "mutations." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a MutationBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.MutationBatch
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.MutationBatch} MutationBatch
             */
            MutationBatch.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.MutationBatch)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.MutationBatch: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.MutationBatch();
                if (d.clientId != null) {
                    if (typeof d.clientId !== "string" || d.clientId.length) {
                        m.clientId = $String(d.clientId);
                    }
                }
                if (d.mutations) {
                    if (!$Array.isArray(d.mutations))
                        throw $TypeError(".mobile.v1.MutationBatch.mutations: array expected");
                    m.mutations = $Array(d.mutations.length);
                    for (var i = 0; i < d.mutations.length; ++i) {
                        if (!$util.isObject(d.mutations[i]))
                            throw $TypeError(".mobile.v1.MutationBatch.mutations: object expected");
                        m.mutations[i] = $root.mobile.v1.Mutation.fromObject(d.mutations[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a MutationBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.MutationBatch
             * @static
             * @param {mobile.v1.MutationBatch} m MutationBatch
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MutationBatch.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.mutations = [];
                }
                if (o.defaults) {
                    d.clientId = "";
                }
                if (m.clientId != null && $Object.hasOwnProperty.call(m, "clientId")) {
                    d.clientId = m.clientId;
                }
                if (m.mutations && m.mutations.length) {
                    d.mutations = $Array(m.mutations.length);
                    for (var j = 0; j < m.mutations.length; ++j) {
                        d.mutations[j] = $root.mobile.v1.Mutation.toObject(m.mutations[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this MutationBatch to JSON.
             * @function toJSON
             * @memberof mobile.v1.MutationBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MutationBatch.prototype.toJSON = function() {
                return MutationBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MutationBatch
             * @function getTypeUrl
             * @memberof mobile.v1.MutationBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MutationBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.MutationBatch";
            };

            return MutationBatch;
        })();

        v1.Mutation = (function() {

            /**
             * Properties of a Mutation.
             * @typedef {Object} mobile.v1.Mutation.$Properties
             * @property {string|null} [mutationId] Mutation mutationId
             * @property {string|null} [collection] Mutation collection
             * @property {string|null} [documentId] Mutation documentId
             * @property {mobile.v1.Mutation.Op|null} [op] Mutation op
             * @property {google.protobuf.Struct.$Properties|null} [set] Mutation set
             * @property {Array.<string>|null} [unset] Mutation unset
             * @property {string|null} [spaceId] Mutation spaceId
             * @property {number|Long|null} [baseVersion] Mutation baseVersion
             * @property {string|null} [hlc] Mutation hlc
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Mutation.
             * @memberof mobile.v1
             * @interface IMutation
             * @augments mobile.v1.Mutation.$Properties
             * @deprecated Use mobile.v1.Mutation.$Properties instead.
             */

            /**
             * Shape of a Mutation.
             * @typedef {{
             *   mutationId?: string|null;
             *   collection?: string|null;
             *   documentId?: string|null;
             *   op?: mobile.v1.Mutation.Op|null;
             *   set?: google.protobuf.Struct.$Shape|null;
             *   unset?: Array.<string>|null;
             *   spaceId?: string|null;
             *   baseVersion?: number|Long|null;
             *   hlc?: string|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} mobile.v1.Mutation.$Shape
             */

            /**
             * Constructs a new Mutation.
             * @memberof mobile.v1
             * @classdesc Represents a Mutation.
             * @constructor
             * @param {mobile.v1.Mutation.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Mutation = function (p) {
                this.unset = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Mutation mutationId.
             * @member {string} mutationId
             * @memberof mobile.v1.Mutation
             * @instance
             */
            Mutation.prototype.mutationId = "";

            /**
             * Mutation collection.
             * @member {string} collection
             * @memberof mobile.v1.Mutation
             * @instance
             */
            Mutation.prototype.collection = "";

            /**
             * Mutation documentId.
             * @member {string} documentId
             * @memberof mobile.v1.Mutation
             * @instance
             */
            Mutation.prototype.documentId = "";

            /**
             * Mutation op.
             * @member {mobile.v1.Mutation.Op} op
             * @memberof mobile.v1.Mutation
             * @instance
             */
            Mutation.prototype.op = 0;

            /**
             * Mutation set.
             * @member {google.protobuf.Struct.$Properties|null|undefined} set
             * @memberof mobile.v1.Mutation
             * @instance
             */
            Mutation.prototype.set = null;

            /**
             * Mutation unset.
             * @member {Array.<string>} unset
             * @memberof mobile.v1.Mutation
             * @instance
             */
            Mutation.prototype.unset = $util.emptyArray;

            /**
             * Mutation spaceId.
             * @member {string} spaceId
             * @memberof mobile.v1.Mutation
             * @instance
             */
            Mutation.prototype.spaceId = "";

            /**
             * Mutation baseVersion.
             * @member {number|Long} baseVersion
             * @memberof mobile.v1.Mutation
             * @instance
             */
            Mutation.prototype.baseVersion = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Mutation hlc.
             * @member {string} hlc
             * @memberof mobile.v1.Mutation
             * @instance
             */
            Mutation.prototype.hlc = "";

            /**
             * Creates a new Mutation instance using the specified properties.
             * @function create
             * @memberof mobile.v1.Mutation
             * @static
             * @param {mobile.v1.Mutation.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.Mutation} Mutation instance
             * @type {{
             *   (properties: mobile.v1.Mutation.$Shape): mobile.v1.Mutation & mobile.v1.Mutation.$Shape;
             *   (properties?: mobile.v1.Mutation.$Properties): mobile.v1.Mutation;
             * }}
             */
            Mutation.create = function(properties) {
                return new Mutation(properties);
            };

            /**
             * Encodes the specified Mutation message. Does not implicitly {@link mobile.v1.Mutation.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.Mutation
             * @static
             * @param {mobile.v1.Mutation.$Properties} m Mutation message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Mutation.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.mutationId != null && $Object.hasOwnProperty.call(m, "mutationId") && m.mutationId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.mutationId);
                if (m.collection != null && $Object.hasOwnProperty.call(m, "collection") && m.collection !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.collection);
                if (m.documentId != null && $Object.hasOwnProperty.call(m, "documentId") && m.documentId !== "")
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.documentId);
                if (m.op != null && $Object.hasOwnProperty.call(m, "op") && m.op !== 0)
                    w.uint32(/* id 4, wireType 0 =*/32).int32(m.op);
                if (m.set != null && $Object.hasOwnProperty.call(m, "set"))
                    $root.google.protobuf.Struct.encode(m.set, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.unset != null && m.unset.length) {
                    for (var i = 0; i < m.unset.length; ++i)
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.unset[i]);
                }
                if (m.spaceId != null && $Object.hasOwnProperty.call(m, "spaceId") && m.spaceId !== "")
                    w.uint32(/* id 7, wireType 2 =*/58).string(m.spaceId);
                if (m.baseVersion != null && $Object.hasOwnProperty.call(m, "baseVersion") && (typeof m.baseVersion === "object" ? m.baseVersion.low || m.baseVersion.high : m.baseVersion !== 0))
                    w.uint32(/* id 8, wireType 0 =*/64).int64(m.baseVersion);
                if (m.hlc != null && $Object.hasOwnProperty.call(m, "hlc") && m.hlc !== "")
                    w.uint32(/* id 9, wireType 2 =*/74).string(m.hlc);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Mutation message, length delimited. Does not implicitly {@link mobile.v1.Mutation.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.Mutation
             * @static
             * @param {mobile.v1.Mutation.$Properties} message Mutation message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Mutation.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Mutation message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.Mutation
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.Mutation & mobile.v1.Mutation.$Shape} Mutation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Mutation.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.Mutation();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.mutationId = v;
                            else
                                delete m.mutationId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.collection = v;
                            else
                                delete m.collection;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.documentId = v;
                            else
                                delete m.documentId;
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            if (v = r.int32())
                                m.op = v;
                            else
                                delete m.op;
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.set = $root.google.protobuf.Struct.decode(r, r.size(), $undefined, q + 1, m.set);
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.unset && m.unset.length))
                                m.unset = [];
                            m.unset.push(r.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.spaceId = v;
                            else
                                delete m.spaceId;
                            continue;
                        }
                    case 8: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.baseVersion = v;
                            else
                                delete m.baseVersion;
                            continue;
                        }
                    case 9: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.hlc = v;
                            else
                                delete m.hlc;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Mutation message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.Mutation
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.Mutation & mobile.v1.Mutation.$Shape} Mutation
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Mutation.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Mutation message.
             * @function verify
             * @memberof mobile.v1.Mutation
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Mutation.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.mutationId != null && $Object.hasOwnProperty.call(m, "mutationId")) {
                    if (!$util.isString(m.mutationId))
                        return "mutationId: string expected";
                }
                if (m.collection != null && $Object.hasOwnProperty.call(m, "collection")) {
                    if (!$util.isString(m.collection))
                        return "collection: string expected";
                }
                if (m.documentId != null && $Object.hasOwnProperty.call(m, "documentId")) {
                    if (!$util.isString(m.documentId))
                        return "documentId: string expected";
                }
                if (m.op != null && $Object.hasOwnProperty.call(m, "op")) {
                    if (typeof m.op !== "number" || (m.op | 0) !== m.op)
                        return "op: enum value expected";
                }
                if (m.set != null && $Object.hasOwnProperty.call(m, "set")) {
                    {
                        var e = $root.google.protobuf.Struct.verify(m.set, q + 1);
                        if (e)
                            return "set." + e;
                    }
                }
                if (m.unset != null && $Object.hasOwnProperty.call(m, "unset")) {
                    if (!$Array.isArray(m.unset))
                        return "unset: array expected";
                    for (var i = 0; i < m.unset.length; ++i) {
                        if (!$util.isString(m.unset[i]))
                            return "unset: string[] expected";
                    }
                }
                if (m.spaceId != null && $Object.hasOwnProperty.call(m, "spaceId")) {
                    if (!$util.isString(m.spaceId))
                        return "spaceId: string expected";
                }
                if (m.baseVersion != null && $Object.hasOwnProperty.call(m, "baseVersion")) {
                    if (!$util.isInteger(m.baseVersion) && !(m.baseVersion && $util.isInteger(m.baseVersion.low) && $util.isInteger(m.baseVersion.high)))
                        return "baseVersion: integer|Long expected";
                }
                if (m.hlc != null && $Object.hasOwnProperty.call(m, "hlc")) {
                    if (!$util.isString(m.hlc))
                        return "hlc: string expected";
                }
                return null;
            };

            /**
             * Creates a Mutation message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.Mutation
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.Mutation} Mutation
             */
            Mutation.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.Mutation)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.Mutation: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.Mutation();
                if (d.mutationId != null) {
                    if (typeof d.mutationId !== "string" || d.mutationId.length) {
                        m.mutationId = $String(d.mutationId);
                    }
                }
                if (d.collection != null) {
                    if (typeof d.collection !== "string" || d.collection.length) {
                        m.collection = $String(d.collection);
                    }
                }
                if (d.documentId != null) {
                    if (typeof d.documentId !== "string" || d.documentId.length) {
                        m.documentId = $String(d.documentId);
                    }
                }
                if (d.op !== 0 && (typeof d.op !== "string" || $root.mobile.v1.Mutation.Op[d.op] !== 0)) {
                    switch (d.op) {
                    case "OP_UNSPECIFIED":
                    case 0:
                        m.op = 0;
                        break;
                    case "OP_PUT":
                    case 1:
                        m.op = 1;
                        break;
                    case "OP_PATCH":
                    case 2:
                        m.op = 2;
                        break;
                    case "OP_DELETE":
                    case 3:
                        m.op = 3;
                        break;
                    default:
                        if (typeof d.op === "number" && (d.op | 0) === d.op)
                            m.op = d.op;
                    }
                }
                if (d.set != null) {
                    if (!$util.isObject(d.set))
                        throw $TypeError(".mobile.v1.Mutation.set: object expected");
                    m.set = $root.google.protobuf.Struct.fromObject(d.set, q + 1);
                }
                if (d.unset) {
                    if (!$Array.isArray(d.unset))
                        throw $TypeError(".mobile.v1.Mutation.unset: array expected");
                    m.unset = $Array(d.unset.length);
                    for (var i = 0; i < d.unset.length; ++i) {
                        m.unset[i] = $String(d.unset[i]);
                    }
                }
                if (d.spaceId != null) {
                    if (typeof d.spaceId !== "string" || d.spaceId.length) {
                        m.spaceId = $String(d.spaceId);
                    }
                }
                if (d.baseVersion != null) {
                    if (typeof d.baseVersion === "object" ? d.baseVersion.low || d.baseVersion.high : $Number(d.baseVersion) !== 0) {
                        if ($util.Long)
                            m.baseVersion = $util.Long.fromValue(d.baseVersion, false);
                        else if (typeof d.baseVersion === "string")
                            m.baseVersion = $parseInt(d.baseVersion, 10);
                        else if (typeof d.baseVersion === "number")
                            m.baseVersion = d.baseVersion;
                        else if (typeof d.baseVersion === "object")
                            m.baseVersion = new $util.LongBits(d.baseVersion.low >>> 0, d.baseVersion.high >>> 0).toNumber();
                    }
                }
                if (d.hlc != null) {
                    if (typeof d.hlc !== "string" || d.hlc.length) {
                        m.hlc = $String(d.hlc);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Mutation message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.Mutation
             * @static
             * @param {mobile.v1.Mutation} m Mutation
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Mutation.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.unset = [];
                }
                if (o.defaults) {
                    d.mutationId = "";
                    d.collection = "";
                    d.documentId = "";
                    d.op = o.enums === $String ? "OP_UNSPECIFIED" : 0;
                    d.set = null;
                    d.spaceId = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.baseVersion = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.baseVersion = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.hlc = "";
                }
                if (m.mutationId != null && $Object.hasOwnProperty.call(m, "mutationId")) {
                    d.mutationId = m.mutationId;
                }
                if (m.collection != null && $Object.hasOwnProperty.call(m, "collection")) {
                    d.collection = m.collection;
                }
                if (m.documentId != null && $Object.hasOwnProperty.call(m, "documentId")) {
                    d.documentId = m.documentId;
                }
                if (m.op != null && $Object.hasOwnProperty.call(m, "op")) {
                    d.op = o.enums === $String ? $root.mobile.v1.Mutation.Op[m.op] === $undefined ? m.op : $root.mobile.v1.Mutation.Op[m.op] : m.op;
                }
                if (m.set != null && $Object.hasOwnProperty.call(m, "set")) {
                    d.set = $root.google.protobuf.Struct.toObject(m.set, o, q + 1);
                }
                if (m.unset && m.unset.length) {
                    d.unset = $Array(m.unset.length);
                    for (var j = 0; j < m.unset.length; ++j) {
                        d.unset[j] = m.unset[j];
                    }
                }
                if (m.spaceId != null && $Object.hasOwnProperty.call(m, "spaceId")) {
                    d.spaceId = m.spaceId;
                }
                if (m.baseVersion != null && $Object.hasOwnProperty.call(m, "baseVersion")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.baseVersion = typeof m.baseVersion === "number" ? $BigInt(m.baseVersion) : $util.Long.fromBits(m.baseVersion.low >>> 0, m.baseVersion.high >>> 0, false).toBigInt();
                    else if (typeof m.baseVersion === "number")
                        d.baseVersion = o.longs === $String ? $String(m.baseVersion) : m.baseVersion;
                    else
                        d.baseVersion = o.longs === $String ? $util.Long.prototype.toString.call(m.baseVersion) : o.longs === $Number ? new $util.LongBits(m.baseVersion.low >>> 0, m.baseVersion.high >>> 0).toNumber() : m.baseVersion;
                }
                if (m.hlc != null && $Object.hasOwnProperty.call(m, "hlc")) {
                    d.hlc = m.hlc;
                }
                return d;
            };

            /**
             * Converts this Mutation to JSON.
             * @function toJSON
             * @memberof mobile.v1.Mutation
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Mutation.prototype.toJSON = function() {
                return Mutation.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Mutation
             * @function getTypeUrl
             * @memberof mobile.v1.Mutation
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Mutation.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.Mutation";
            };

            /**
             * Op enum.
             * @name mobile.v1.Mutation.Op
             * @enum {number}
             * @property {number} OP_UNSPECIFIED=0 OP_UNSPECIFIED value
             * @property {number} OP_PUT=1 OP_PUT value
             * @property {number} OP_PATCH=2 OP_PATCH value
             * @property {number} OP_DELETE=3 OP_DELETE value
             */
            Mutation.Op = (function() {
                const valuesById = $Object.create(null), values = $Object.create(valuesById);
                values[valuesById[0] = "OP_UNSPECIFIED"] = 0;
                values[valuesById[1] = "OP_PUT"] = 1;
                values[valuesById[2] = "OP_PATCH"] = 2;
                values[valuesById[3] = "OP_DELETE"] = 3;
                return values;
            })();

            return Mutation;
        })();

        v1.MutationResponse = (function() {

            /**
             * Properties of a MutationResponse.
             * @typedef {Object} mobile.v1.MutationResponse.$Properties
             * @property {Array.<mobile.v1.MutationResult.$Properties>|null} [results] MutationResponse results
             * @property {number|Long|null} [position] MutationResponse position
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MutationResponse.
             * @memberof mobile.v1
             * @interface IMutationResponse
             * @augments mobile.v1.MutationResponse.$Properties
             * @deprecated Use mobile.v1.MutationResponse.$Properties instead.
             */

            /**
             * Shape of a MutationResponse.
             * @typedef {{
             *   results?: Array.<mobile.v1.MutationResult.$Shape>|null;
             *   position?: number|Long|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} mobile.v1.MutationResponse.$Shape
             */

            /**
             * Constructs a new MutationResponse.
             * @memberof mobile.v1
             * @classdesc Represents a MutationResponse.
             * @constructor
             * @param {mobile.v1.MutationResponse.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MutationResponse = function (p) {
                this.results = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MutationResponse results.
             * @member {Array.<mobile.v1.MutationResult.$Properties>} results
             * @memberof mobile.v1.MutationResponse
             * @instance
             */
            MutationResponse.prototype.results = $util.emptyArray;

            /**
             * MutationResponse position.
             * @member {number|Long} position
             * @memberof mobile.v1.MutationResponse
             * @instance
             */
            MutationResponse.prototype.position = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * Creates a new MutationResponse instance using the specified properties.
             * @function create
             * @memberof mobile.v1.MutationResponse
             * @static
             * @param {mobile.v1.MutationResponse.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.MutationResponse} MutationResponse instance
             * @type {{
             *   (properties: mobile.v1.MutationResponse.$Shape): mobile.v1.MutationResponse & mobile.v1.MutationResponse.$Shape;
             *   (properties?: mobile.v1.MutationResponse.$Properties): mobile.v1.MutationResponse;
             * }}
             */
            MutationResponse.create = function(properties) {
                return new MutationResponse(properties);
            };

            /**
             * Encodes the specified MutationResponse message. Does not implicitly {@link mobile.v1.MutationResponse.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.MutationResponse
             * @static
             * @param {mobile.v1.MutationResponse.$Properties} m MutationResponse message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MutationResponse.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.results != null && m.results.length) {
                    for (var i = 0; i < m.results.length; ++i)
                        $root.mobile.v1.MutationResult.encode(m.results[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.position != null && $Object.hasOwnProperty.call(m, "position") && (typeof m.position === "object" ? m.position.low || m.position.high : m.position !== 0))
                    w.uint32(/* id 2, wireType 0 =*/16).int64(m.position);
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified MutationResponse message, length delimited. Does not implicitly {@link mobile.v1.MutationResponse.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.MutationResponse
             * @static
             * @param {mobile.v1.MutationResponse.$Properties} message MutationResponse message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MutationResponse.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MutationResponse message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.MutationResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.MutationResponse & mobile.v1.MutationResponse.$Shape} MutationResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MutationResponse.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.MutationResponse();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.results && m.results.length))
                                m.results = [];
                            m.results.push($root.mobile.v1.MutationResult.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.position = v;
                            else
                                delete m.position;
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a MutationResponse message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.MutationResponse
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.MutationResponse & mobile.v1.MutationResponse.$Shape} MutationResponse
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MutationResponse.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MutationResponse message.
             * @function verify
             * @memberof mobile.v1.MutationResponse
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MutationResponse.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.results != null && $Object.hasOwnProperty.call(m, "results")) {
                    if (!$Array.isArray(m.results))
                        return "results: array expected";
                    for (var i = 0; i < m.results.length; ++i) {
                        {
                            var e = $root.mobile.v1.MutationResult.verify(m.results[i], q + 1);
                            if (e)
                                return "results." + e;
                        }
                    }
                }
                if (m.position != null && $Object.hasOwnProperty.call(m, "position")) {
                    if (!$util.isInteger(m.position) && !(m.position && $util.isInteger(m.position.low) && $util.isInteger(m.position.high)))
                        return "position: integer|Long expected";
                }
                return null;
            };

            /**
             * Creates a MutationResponse message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.MutationResponse
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.MutationResponse} MutationResponse
             */
            MutationResponse.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.MutationResponse)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.MutationResponse: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.MutationResponse();
                if (d.results) {
                    if (!$Array.isArray(d.results))
                        throw $TypeError(".mobile.v1.MutationResponse.results: array expected");
                    m.results = $Array(d.results.length);
                    for (var i = 0; i < d.results.length; ++i) {
                        if (!$util.isObject(d.results[i]))
                            throw $TypeError(".mobile.v1.MutationResponse.results: object expected");
                        m.results[i] = $root.mobile.v1.MutationResult.fromObject(d.results[i], q + 1);
                    }
                }
                if (d.position != null) {
                    if (typeof d.position === "object" ? d.position.low || d.position.high : $Number(d.position) !== 0) {
                        if ($util.Long)
                            m.position = $util.Long.fromValue(d.position, false);
                        else if (typeof d.position === "string")
                            m.position = $parseInt(d.position, 10);
                        else if (typeof d.position === "number")
                            m.position = d.position;
                        else if (typeof d.position === "object")
                            m.position = new $util.LongBits(d.position.low >>> 0, d.position.high >>> 0).toNumber();
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a MutationResponse message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.MutationResponse
             * @static
             * @param {mobile.v1.MutationResponse} m MutationResponse
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MutationResponse.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.results = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.position = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.position = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (m.results && m.results.length) {
                    d.results = $Array(m.results.length);
                    for (var j = 0; j < m.results.length; ++j) {
                        d.results[j] = $root.mobile.v1.MutationResult.toObject(m.results[j], o, q + 1);
                    }
                }
                if (m.position != null && $Object.hasOwnProperty.call(m, "position")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.position = typeof m.position === "number" ? $BigInt(m.position) : $util.Long.fromBits(m.position.low >>> 0, m.position.high >>> 0, false).toBigInt();
                    else if (typeof m.position === "number")
                        d.position = o.longs === $String ? $String(m.position) : m.position;
                    else
                        d.position = o.longs === $String ? $util.Long.prototype.toString.call(m.position) : o.longs === $Number ? new $util.LongBits(m.position.low >>> 0, m.position.high >>> 0).toNumber() : m.position;
                }
                return d;
            };

            /**
             * Converts this MutationResponse to JSON.
             * @function toJSON
             * @memberof mobile.v1.MutationResponse
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MutationResponse.prototype.toJSON = function() {
                return MutationResponse.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MutationResponse
             * @function getTypeUrl
             * @memberof mobile.v1.MutationResponse
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MutationResponse.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.MutationResponse";
            };

            return MutationResponse;
        })();

        v1.MutationResult = (function() {

            /**
             * Properties of a MutationResult.
             * @typedef {Object} mobile.v1.MutationResult.$Properties
             * @property {string|null} [mutationId] MutationResult mutationId
             * @property {string|null} [status] MutationResult status
             * @property {number|Long|null} [version] MutationResult version
             * @property {Array.<string>|null} [conflictFields] MutationResult conflictFields
             * @property {string|null} [reason] MutationResult reason
             * @property {Array.<string>|null} [errors] MutationResult errors
             * @property {mobile.v1.ServerDocument.$Properties|null} [document] MutationResult document
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a MutationResult.
             * @memberof mobile.v1
             * @interface IMutationResult
             * @augments mobile.v1.MutationResult.$Properties
             * @deprecated Use mobile.v1.MutationResult.$Properties instead.
             */

            /**
             * Shape of a MutationResult.
             * @typedef {{
             *   mutationId?: string|null;
             *   status?: string|null;
             *   version?: number|Long|null;
             *   conflictFields?: Array.<string>|null;
             *   reason?: string|null;
             *   errors?: Array.<string>|null;
             *   document?: mobile.v1.ServerDocument.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} mobile.v1.MutationResult.$Shape
             */

            /**
             * Constructs a new MutationResult.
             * @memberof mobile.v1
             * @classdesc Represents a MutationResult.
             * @constructor
             * @param {mobile.v1.MutationResult.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const MutationResult = function (p) {
                this.conflictFields = [];
                this.errors = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * MutationResult mutationId.
             * @member {string} mutationId
             * @memberof mobile.v1.MutationResult
             * @instance
             */
            MutationResult.prototype.mutationId = "";

            /**
             * MutationResult status.
             * @member {string} status
             * @memberof mobile.v1.MutationResult
             * @instance
             */
            MutationResult.prototype.status = "";

            /**
             * MutationResult version.
             * @member {number|Long} version
             * @memberof mobile.v1.MutationResult
             * @instance
             */
            MutationResult.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * MutationResult conflictFields.
             * @member {Array.<string>} conflictFields
             * @memberof mobile.v1.MutationResult
             * @instance
             */
            MutationResult.prototype.conflictFields = $util.emptyArray;

            /**
             * MutationResult reason.
             * @member {string} reason
             * @memberof mobile.v1.MutationResult
             * @instance
             */
            MutationResult.prototype.reason = "";

            /**
             * MutationResult errors.
             * @member {Array.<string>} errors
             * @memberof mobile.v1.MutationResult
             * @instance
             */
            MutationResult.prototype.errors = $util.emptyArray;

            /**
             * MutationResult document.
             * @member {mobile.v1.ServerDocument.$Properties|null|undefined} document
             * @memberof mobile.v1.MutationResult
             * @instance
             */
            MutationResult.prototype.document = null;

            /**
             * Creates a new MutationResult instance using the specified properties.
             * @function create
             * @memberof mobile.v1.MutationResult
             * @static
             * @param {mobile.v1.MutationResult.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.MutationResult} MutationResult instance
             * @type {{
             *   (properties: mobile.v1.MutationResult.$Shape): mobile.v1.MutationResult & mobile.v1.MutationResult.$Shape;
             *   (properties?: mobile.v1.MutationResult.$Properties): mobile.v1.MutationResult;
             * }}
             */
            MutationResult.create = function(properties) {
                return new MutationResult(properties);
            };

            /**
             * Encodes the specified MutationResult message. Does not implicitly {@link mobile.v1.MutationResult.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.MutationResult
             * @static
             * @param {mobile.v1.MutationResult.$Properties} m MutationResult message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MutationResult.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.mutationId != null && $Object.hasOwnProperty.call(m, "mutationId") && m.mutationId !== "")
                    w.uint32(/* id 1, wireType 2 =*/10).string(m.mutationId);
                if (m.status != null && $Object.hasOwnProperty.call(m, "status") && m.status !== "")
                    w.uint32(/* id 2, wireType 2 =*/18).string(m.status);
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                    w.uint32(/* id 3, wireType 0 =*/24).int64(m.version);
                if (m.conflictFields != null && m.conflictFields.length) {
                    for (var i = 0; i < m.conflictFields.length; ++i)
                        w.uint32(/* id 4, wireType 2 =*/34).string(m.conflictFields[i]);
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason") && m.reason !== "")
                    w.uint32(/* id 5, wireType 2 =*/42).string(m.reason);
                if (m.errors != null && m.errors.length) {
                    for (var i = 0; i < m.errors.length; ++i)
                        w.uint32(/* id 6, wireType 2 =*/50).string(m.errors[i]);
                }
                if (m.document != null && $Object.hasOwnProperty.call(m, "document"))
                    $root.mobile.v1.ServerDocument.encode(m.document, w.uint32(/* id 7, wireType 2 =*/58).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified MutationResult message, length delimited. Does not implicitly {@link mobile.v1.MutationResult.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.MutationResult
             * @static
             * @param {mobile.v1.MutationResult.$Properties} message MutationResult message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            MutationResult.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a MutationResult message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.MutationResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.MutationResult & mobile.v1.MutationResult.$Shape} MutationResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MutationResult.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.MutationResult();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.mutationId = v;
                            else
                                delete m.mutationId;
                            continue;
                        }
                    case 2: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.status = v;
                            else
                                delete m.status;
                            continue;
                        }
                    case 3: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 4: {
                            if (u !== 2)
                                break;
                            if (!(m.conflictFields && m.conflictFields.length))
                                m.conflictFields = [];
                            m.conflictFields.push(r.stringVerify());
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            if ((v = r.stringVerify()).length)
                                m.reason = v;
                            else
                                delete m.reason;
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            if (!(m.errors && m.errors.length))
                                m.errors = [];
                            m.errors.push(r.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (u !== 2)
                                break;
                            m.document = $root.mobile.v1.ServerDocument.decode(r, r.size(), $undefined, q + 1, m.document);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a MutationResult message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.MutationResult
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.MutationResult & mobile.v1.MutationResult.$Shape} MutationResult
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            MutationResult.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a MutationResult message.
             * @function verify
             * @memberof mobile.v1.MutationResult
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            MutationResult.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.mutationId != null && $Object.hasOwnProperty.call(m, "mutationId")) {
                    if (!$util.isString(m.mutationId))
                        return "mutationId: string expected";
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    if (!$util.isString(m.status))
                        return "status: string expected";
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isInteger(m.version) && !(m.version && $util.isInteger(m.version.low) && $util.isInteger(m.version.high)))
                        return "version: integer|Long expected";
                }
                if (m.conflictFields != null && $Object.hasOwnProperty.call(m, "conflictFields")) {
                    if (!$Array.isArray(m.conflictFields))
                        return "conflictFields: array expected";
                    for (var i = 0; i < m.conflictFields.length; ++i) {
                        if (!$util.isString(m.conflictFields[i]))
                            return "conflictFields: string[] expected";
                    }
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    if (!$util.isString(m.reason))
                        return "reason: string expected";
                }
                if (m.errors != null && $Object.hasOwnProperty.call(m, "errors")) {
                    if (!$Array.isArray(m.errors))
                        return "errors: array expected";
                    for (var i = 0; i < m.errors.length; ++i) {
                        if (!$util.isString(m.errors[i]))
                            return "errors: string[] expected";
                    }
                }
                if (m.document != null && $Object.hasOwnProperty.call(m, "document")) {
                    {
                        var e = $root.mobile.v1.ServerDocument.verify(m.document, q + 1);
                        if (e)
                            return "document." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a MutationResult message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.MutationResult
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.MutationResult} MutationResult
             */
            MutationResult.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.MutationResult)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.MutationResult: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.MutationResult();
                if (d.mutationId != null) {
                    if (typeof d.mutationId !== "string" || d.mutationId.length) {
                        m.mutationId = $String(d.mutationId);
                    }
                }
                if (d.status != null) {
                    if (typeof d.status !== "string" || d.status.length) {
                        m.status = $String(d.status);
                    }
                }
                if (d.version != null) {
                    if (typeof d.version === "object" ? d.version.low || d.version.high : $Number(d.version) !== 0) {
                        if ($util.Long)
                            m.version = $util.Long.fromValue(d.version, false);
                        else if (typeof d.version === "string")
                            m.version = $parseInt(d.version, 10);
                        else if (typeof d.version === "number")
                            m.version = d.version;
                        else if (typeof d.version === "object")
                            m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber();
                    }
                }
                if (d.conflictFields) {
                    if (!$Array.isArray(d.conflictFields))
                        throw $TypeError(".mobile.v1.MutationResult.conflictFields: array expected");
                    m.conflictFields = $Array(d.conflictFields.length);
                    for (var i = 0; i < d.conflictFields.length; ++i) {
                        m.conflictFields[i] = $String(d.conflictFields[i]);
                    }
                }
                if (d.reason != null) {
                    if (typeof d.reason !== "string" || d.reason.length) {
                        m.reason = $String(d.reason);
                    }
                }
                if (d.errors) {
                    if (!$Array.isArray(d.errors))
                        throw $TypeError(".mobile.v1.MutationResult.errors: array expected");
                    m.errors = $Array(d.errors.length);
                    for (var i = 0; i < d.errors.length; ++i) {
                        m.errors[i] = $String(d.errors[i]);
                    }
                }
                if (d.document != null) {
                    if (!$util.isObject(d.document))
                        throw $TypeError(".mobile.v1.MutationResult.document: object expected");
                    m.document = $root.mobile.v1.ServerDocument.fromObject(d.document, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a MutationResult message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.MutationResult
             * @static
             * @param {mobile.v1.MutationResult} m MutationResult
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            MutationResult.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.conflictFields = [];
                    d.errors = [];
                }
                if (o.defaults) {
                    d.mutationId = "";
                    d.status = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.reason = "";
                    d.document = null;
                }
                if (m.mutationId != null && $Object.hasOwnProperty.call(m, "mutationId")) {
                    d.mutationId = m.mutationId;
                }
                if (m.status != null && $Object.hasOwnProperty.call(m, "status")) {
                    d.status = m.status;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, false).toBigInt();
                    else if (typeof m.version === "number")
                        d.version = o.longs === $String ? $String(m.version) : m.version;
                    else
                        d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber() : m.version;
                }
                if (m.conflictFields && m.conflictFields.length) {
                    d.conflictFields = $Array(m.conflictFields.length);
                    for (var j = 0; j < m.conflictFields.length; ++j) {
                        d.conflictFields[j] = m.conflictFields[j];
                    }
                }
                if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                    d.reason = m.reason;
                }
                if (m.errors && m.errors.length) {
                    d.errors = $Array(m.errors.length);
                    for (var j = 0; j < m.errors.length; ++j) {
                        d.errors[j] = m.errors[j];
                    }
                }
                if (m.document != null && $Object.hasOwnProperty.call(m, "document")) {
                    d.document = $root.mobile.v1.ServerDocument.toObject(m.document, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this MutationResult to JSON.
             * @function toJSON
             * @memberof mobile.v1.MutationResult
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            MutationResult.prototype.toJSON = function() {
                return MutationResult.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for MutationResult
             * @function getTypeUrl
             * @memberof mobile.v1.MutationResult
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            MutationResult.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.MutationResult";
            };

            return MutationResult;
        })();

        v1.ServerDocument = (function() {

            /**
             * Properties of a ServerDocument.
             * @typedef {Object} mobile.v1.ServerDocument.$Properties
             * @property {number|Long|null} [version] ServerDocument version
             * @property {boolean|null} [deleted] ServerDocument deleted
             * @property {google.protobuf.Struct.$Properties|null} [fields] ServerDocument fields
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ServerDocument.
             * @memberof mobile.v1
             * @interface IServerDocument
             * @augments mobile.v1.ServerDocument.$Properties
             * @deprecated Use mobile.v1.ServerDocument.$Properties instead.
             */

            /**
             * Shape of a ServerDocument.
             * @typedef {{
             *   version?: number|Long|null;
             *   deleted?: boolean|null;
             *   fields?: google.protobuf.Struct.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} mobile.v1.ServerDocument.$Shape
             */

            /**
             * Constructs a new ServerDocument.
             * @memberof mobile.v1
             * @classdesc Represents a ServerDocument.
             * @constructor
             * @param {mobile.v1.ServerDocument.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ServerDocument = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ServerDocument version.
             * @member {number|Long} version
             * @memberof mobile.v1.ServerDocument
             * @instance
             */
            ServerDocument.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            /**
             * ServerDocument deleted.
             * @member {boolean} deleted
             * @memberof mobile.v1.ServerDocument
             * @instance
             */
            ServerDocument.prototype.deleted = false;

            /**
             * ServerDocument fields.
             * @member {google.protobuf.Struct.$Properties|null|undefined} fields
             * @memberof mobile.v1.ServerDocument
             * @instance
             */
            ServerDocument.prototype.fields = null;

            /**
             * Creates a new ServerDocument instance using the specified properties.
             * @function create
             * @memberof mobile.v1.ServerDocument
             * @static
             * @param {mobile.v1.ServerDocument.$Properties=} [properties] Properties to set
             * @returns {mobile.v1.ServerDocument} ServerDocument instance
             * @type {{
             *   (properties: mobile.v1.ServerDocument.$Shape): mobile.v1.ServerDocument & mobile.v1.ServerDocument.$Shape;
             *   (properties?: mobile.v1.ServerDocument.$Properties): mobile.v1.ServerDocument;
             * }}
             */
            ServerDocument.create = function(properties) {
                return new ServerDocument(properties);
            };

            /**
             * Encodes the specified ServerDocument message. Does not implicitly {@link mobile.v1.ServerDocument.verify|verify} messages.
             * @function encode
             * @memberof mobile.v1.ServerDocument
             * @static
             * @param {mobile.v1.ServerDocument.$Properties} m ServerDocument message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerDocument.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.version != null && $Object.hasOwnProperty.call(m, "version") && (typeof m.version === "object" ? m.version.low || m.version.high : m.version !== 0))
                    w.uint32(/* id 1, wireType 0 =*/8).int64(m.version);
                if (m.deleted != null && $Object.hasOwnProperty.call(m, "deleted") && m.deleted !== false)
                    w.uint32(/* id 2, wireType 0 =*/16).bool(m.deleted);
                if (m.fields != null && $Object.hasOwnProperty.call(m, "fields"))
                    $root.google.protobuf.Struct.encode(m.fields, w.uint32(/* id 3, wireType 2 =*/26).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ServerDocument message, length delimited. Does not implicitly {@link mobile.v1.ServerDocument.verify|verify} messages.
             * @function encodeDelimited
             * @memberof mobile.v1.ServerDocument
             * @static
             * @param {mobile.v1.ServerDocument.$Properties} message ServerDocument message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ServerDocument.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ServerDocument message from the specified reader or buffer.
             * @function decode
             * @memberof mobile.v1.ServerDocument
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {mobile.v1.ServerDocument & mobile.v1.ServerDocument.$Shape} ServerDocument
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerDocument.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.mobile.v1.ServerDocument();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            if (typeof (v = r.int64()) === "object" ? v.low || v.high : v !== 0)
                                m.version = v;
                            else
                                delete m.version;
                            continue;
                        }
                    case 2: {
                            if (u !== 0)
                                break;
                            if (v = r.bool())
                                m.deleted = v;
                            else
                                delete m.deleted;
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.fields = $root.google.protobuf.Struct.decode(r, r.size(), $undefined, q + 1, m.fields);
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ServerDocument message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof mobile.v1.ServerDocument
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {mobile.v1.ServerDocument & mobile.v1.ServerDocument.$Shape} ServerDocument
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ServerDocument.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ServerDocument message.
             * @function verify
             * @memberof mobile.v1.ServerDocument
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ServerDocument.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (!$util.isInteger(m.version) && !(m.version && $util.isInteger(m.version.low) && $util.isInteger(m.version.high)))
                        return "version: integer|Long expected";
                }
                if (m.deleted != null && $Object.hasOwnProperty.call(m, "deleted")) {
                    if (typeof m.deleted !== "boolean")
                        return "deleted: boolean expected";
                }
                if (m.fields != null && $Object.hasOwnProperty.call(m, "fields")) {
                    {
                        var e = $root.google.protobuf.Struct.verify(m.fields, q + 1);
                        if (e)
                            return "fields." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a ServerDocument message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof mobile.v1.ServerDocument
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {mobile.v1.ServerDocument} ServerDocument
             */
            ServerDocument.fromObject = function (d, q) {
                if (d instanceof $root.mobile.v1.ServerDocument)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".mobile.v1.ServerDocument: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.mobile.v1.ServerDocument();
                if (d.version != null) {
                    if (typeof d.version === "object" ? d.version.low || d.version.high : $Number(d.version) !== 0) {
                        if ($util.Long)
                            m.version = $util.Long.fromValue(d.version, false);
                        else if (typeof d.version === "string")
                            m.version = $parseInt(d.version, 10);
                        else if (typeof d.version === "number")
                            m.version = d.version;
                        else if (typeof d.version === "object")
                            m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber();
                    }
                }
                if (d.deleted != null) {
                    if (d.deleted) {
                        m.deleted = $Boolean(d.deleted);
                    }
                }
                if (d.fields != null) {
                    if (!$util.isObject(d.fields))
                        throw $TypeError(".mobile.v1.ServerDocument.fields: object expected");
                    m.fields = $root.google.protobuf.Struct.fromObject(d.fields, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a ServerDocument message. Also converts values to other types if specified.
             * @function toObject
             * @memberof mobile.v1.ServerDocument
             * @static
             * @param {mobile.v1.ServerDocument} m ServerDocument
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ServerDocument.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.version = o.longs === $String ? n.toString() : o.longs === $Number ? n.toNumber() : typeof $BigInt !== "undefined" && o.longs === $BigInt ? n.toBigInt() : n;
                    } else
                        d.version = o.longs === $String ? "0" : typeof $BigInt !== "undefined" && o.longs === $BigInt ? $BigInt("0") : 0;
                    d.deleted = false;
                    d.fields = null;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (typeof $BigInt !== "undefined" && o.longs === $BigInt)
                        d.version = typeof m.version === "number" ? $BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, false).toBigInt();
                    else if (typeof m.version === "number")
                        d.version = o.longs === $String ? $String(m.version) : m.version;
                    else
                        d.version = o.longs === $String ? $util.Long.prototype.toString.call(m.version) : o.longs === $Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber() : m.version;
                }
                if (m.deleted != null && $Object.hasOwnProperty.call(m, "deleted")) {
                    d.deleted = m.deleted;
                }
                if (m.fields != null && $Object.hasOwnProperty.call(m, "fields")) {
                    d.fields = $root.google.protobuf.Struct.toObject(m.fields, o, q + 1);
                }
                return d;
            };

            /**
             * Converts this ServerDocument to JSON.
             * @function toJSON
             * @memberof mobile.v1.ServerDocument
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ServerDocument.prototype.toJSON = function() {
                return ServerDocument.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ServerDocument
             * @function getTypeUrl
             * @memberof mobile.v1.ServerDocument
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ServerDocument.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/mobile.v1.ServerDocument";
            };

            return ServerDocument;
        })();

        return v1;
    })();

    return mobile;
})();

export const google = $root.google = (() => {

    /**
     * Namespace google.
     * @exports google
     * @namespace
     */
    const google = {};

    google.protobuf = (function() {

        /**
         * Namespace protobuf.
         * @memberof google
         * @namespace
         */
        const protobuf = {};

        protobuf.FieldMask = (function() {

            /**
             * Properties of a FieldMask.
             * @typedef {Object} google.protobuf.FieldMask.$Properties
             * @property {Array.<string>|null} [paths] FieldMask paths
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a FieldMask.
             * @memberof google.protobuf
             * @interface IFieldMask
             * @augments google.protobuf.FieldMask.$Properties
             * @deprecated Use google.protobuf.FieldMask.$Properties instead.
             */

            /**
             * Shape of a FieldMask.
             * @typedef {google.protobuf.FieldMask.$Properties} google.protobuf.FieldMask.$Shape
             */

            /**
             * Constructs a new FieldMask.
             * @memberof google.protobuf
             * @classdesc Represents a FieldMask.
             * @constructor
             * @param {google.protobuf.FieldMask.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const FieldMask = function (p) {
                this.paths = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * FieldMask paths.
             * @member {Array.<string>} paths
             * @memberof google.protobuf.FieldMask
             * @instance
             */
            FieldMask.prototype.paths = $util.emptyArray;

            /**
             * Creates a new FieldMask instance using the specified properties.
             * @function create
             * @memberof google.protobuf.FieldMask
             * @static
             * @param {google.protobuf.FieldMask.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.FieldMask} FieldMask instance
             * @type {{
             *   (properties: google.protobuf.FieldMask.$Shape): google.protobuf.FieldMask & google.protobuf.FieldMask.$Shape;
             *   (properties?: google.protobuf.FieldMask.$Properties): google.protobuf.FieldMask;
             * }}
             */
            FieldMask.create = function(properties) {
                return new FieldMask(properties);
            };

            /**
             * Encodes the specified FieldMask message. Does not implicitly {@link google.protobuf.FieldMask.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.FieldMask
             * @static
             * @param {google.protobuf.FieldMask.$Properties} m FieldMask message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FieldMask.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.paths != null && m.paths.length) {
                    for (var i = 0; i < m.paths.length; ++i)
                        w.uint32(/* id 1, wireType 2 =*/10).string(m.paths[i]);
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified FieldMask message, length delimited. Does not implicitly {@link google.protobuf.FieldMask.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.FieldMask
             * @static
             * @param {google.protobuf.FieldMask.$Properties} message FieldMask message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            FieldMask.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a FieldMask message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.FieldMask
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {google.protobuf.FieldMask & google.protobuf.FieldMask.$Shape} FieldMask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FieldMask.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.google.protobuf.FieldMask();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.paths && m.paths.length))
                                m.paths = [];
                            m.paths.push(r.stringVerify());
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a FieldMask message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.FieldMask
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.FieldMask & google.protobuf.FieldMask.$Shape} FieldMask
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            FieldMask.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a FieldMask message.
             * @function verify
             * @memberof google.protobuf.FieldMask
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            FieldMask.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.paths != null && $Object.hasOwnProperty.call(m, "paths")) {
                    if (!$Array.isArray(m.paths))
                        return "paths: array expected";
                    for (var i = 0; i < m.paths.length; ++i) {
                        if (!$util.isString(m.paths[i]))
                            return "paths: string[] expected";
                    }
                }
                return null;
            };

            /**
             * Creates a FieldMask message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.FieldMask
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {google.protobuf.FieldMask} FieldMask
             */
            FieldMask.fromObject = function (d, q) {
                if (d instanceof $root.google.protobuf.FieldMask)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".google.protobuf.FieldMask: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.google.protobuf.FieldMask();
                if (d.paths) {
                    if (!$Array.isArray(d.paths))
                        throw $TypeError(".google.protobuf.FieldMask.paths: array expected");
                    m.paths = $Array(d.paths.length);
                    for (var i = 0; i < d.paths.length; ++i) {
                        m.paths[i] = $String(d.paths[i]);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a FieldMask message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.FieldMask
             * @static
             * @param {google.protobuf.FieldMask} m FieldMask
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            FieldMask.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.paths = [];
                }
                if (m.paths && m.paths.length) {
                    d.paths = $Array(m.paths.length);
                    for (var j = 0; j < m.paths.length; ++j) {
                        d.paths[j] = m.paths[j];
                    }
                }
                return d;
            };

            /**
             * Converts this FieldMask to JSON.
             * @function toJSON
             * @memberof google.protobuf.FieldMask
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            FieldMask.prototype.toJSON = function() {
                return FieldMask.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for FieldMask
             * @function getTypeUrl
             * @memberof google.protobuf.FieldMask
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            FieldMask.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.FieldMask";
            };

            return FieldMask;
        })();

        protobuf.Struct = (function() {

            /**
             * Properties of a Struct.
             * @typedef {Object} google.protobuf.Struct.$Properties
             * @property {Object.<string,google.protobuf.Value.$Properties>|null} [fields] Struct fields
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Struct.
             * @memberof google.protobuf
             * @interface IStruct
             * @augments google.protobuf.Struct.$Properties
             * @deprecated Use google.protobuf.Struct.$Properties instead.
             */

            /**
             * Shape of a Struct.
             * @typedef {{
             *   fields?: Object.<string,google.protobuf.Value.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} google.protobuf.Struct.$Shape
             */

            /**
             * Constructs a new Struct.
             * @memberof google.protobuf
             * @classdesc Represents a Struct.
             * @constructor
             * @param {google.protobuf.Struct.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Struct = function (p) {
                this.fields = {};
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Struct fields.
             * @member {Object.<string,google.protobuf.Value.$Properties>} fields
             * @memberof google.protobuf.Struct
             * @instance
             */
            Struct.prototype.fields = $util.emptyObject;

            /**
             * Creates a new Struct instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Struct} Struct instance
             * @type {{
             *   (properties: google.protobuf.Struct.$Shape): google.protobuf.Struct & google.protobuf.Struct.$Shape;
             *   (properties?: google.protobuf.Struct.$Properties): google.protobuf.Struct;
             * }}
             */
            Struct.create = function(properties) {
                return new Struct(properties);
            };

            /**
             * Encodes the specified Struct message. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct.$Properties} m Struct message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Struct.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.fields != null && $Object.hasOwnProperty.call(m, "fields")) {
                    for (var ks = $Object.keys(m.fields), i = 0; i < ks.length; ++i) {
                        w.uint32(/* id 1, wireType 2 =*/10).fork().uint32(/* id 1, wireType 2 =*/10).string(ks[i]);
                        $root.google.protobuf.Value.encode(m.fields[ks[i]], w.uint32(/* id 2, wireType 2 =*/18).fork(), q + 1).ldelim().ldelim();
                    }
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Struct message, length delimited. Does not implicitly {@link google.protobuf.Struct.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct.$Properties} message Struct message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Struct.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Struct message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Struct
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Struct.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, k, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.google.protobuf.Struct();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (m.fields === $util.emptyObject)
                                m.fields = {};
                            var c2 = r.size() + r.pos;
                            if (c2 > r.len)
                                throw $RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            v = null;
                            while (r.pos < c2) {
                                var t2 = r.tag();
                                u = t2 & 7;
                                switch (t2 >>>= 3) {
                                case 1:
                                    if (u !== 2)
                                        break;
                                    k = r.stringVerify();
                                    continue;
                                case 2:
                                    if (u !== 2)
                                        break;
                                    v = $root.google.protobuf.Value.decode(r, r.size(), $undefined, q + 1, v);
                                    continue;
                                }
                                r.skipType(u, q, t2);
                            }
                            if (r.pos !== c2)
                                throw $RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.fields, k);
                            m.fields[k] = v || new $root.google.protobuf.Value();
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Struct message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Struct
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Struct & google.protobuf.Struct.$Shape} Struct
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Struct.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Struct message.
             * @function verify
             * @memberof google.protobuf.Struct
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Struct.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.fields != null && $Object.hasOwnProperty.call(m, "fields")) {
                    if (!$util.isObject(m.fields))
                        return "fields: object expected";
                    var k = $Object.keys(m.fields);
                    for (var i = 0; i < k.length; ++i) {
                        {
                            var e = $root.google.protobuf.Value.verify(m.fields[k[i]], q + 1);
                            if (e)
                                return "fields." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a Struct message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Struct
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {google.protobuf.Struct} Struct
             */
            Struct.fromObject = function (d, q) {
                if (d instanceof $root.google.protobuf.Struct)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".google.protobuf.Struct: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.google.protobuf.Struct();
                if (d.fields) {
                    if (!$util.isObject(d.fields))
                        throw $TypeError(".google.protobuf.Struct.fields: object expected");
                    m.fields = {};
                    for (var ks = $Object.keys(d.fields), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.fields, ks[i]);
                        if (!$util.isObject(d.fields[ks[i]]))
                            throw $TypeError(".google.protobuf.Struct.fields: object expected");
                        m.fields[ks[i]] = $root.google.protobuf.Value.fromObject(d.fields[ks[i]], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a Struct message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Struct
             * @static
             * @param {google.protobuf.Struct} m Struct
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Struct.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.objects || o.defaults) {
                    d.fields = {};
                }
                var ks2;
                if (m.fields && (ks2 = $Object.keys(m.fields)).length) {
                    d.fields = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.fields, ks2[j]);
                        d.fields[ks2[j]] = $root.google.protobuf.Value.toObject(m.fields[ks2[j]], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this Struct to JSON.
             * @function toJSON
             * @memberof google.protobuf.Struct
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Struct.prototype.toJSON = function() {
                return Struct.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Struct
             * @function getTypeUrl
             * @memberof google.protobuf.Struct
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Struct.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Struct";
            };

            return Struct;
        })();

        protobuf.Value = (function() {

            /**
             * Properties of a Value.
             * @typedef {Object} google.protobuf.Value.$Properties
             * @property {google.protobuf.NullValue|null} [nullValue] Value nullValue
             * @property {number|null} [numberValue] Value numberValue
             * @property {string|null} [stringValue] Value stringValue
             * @property {boolean|null} [boolValue] Value boolValue
             * @property {google.protobuf.Struct.$Properties|null} [structValue] Value structValue
             * @property {google.protobuf.ListValue.$Properties|null} [listValue] Value listValue
             * @property {"nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue"} [kind] Value kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Value.
             * @memberof google.protobuf
             * @interface IValue
             * @augments google.protobuf.Value.$Properties
             * @deprecated Use google.protobuf.Value.$Properties instead.
             */

            /**
             * Narrowed shape of a Value.
             * @typedef {{
             *   nullValue?: google.protobuf.NullValue|null;
             *   numberValue?: number|null;
             *   stringValue?: string|null;
             *   boolValue?: boolean|null;
             *   structValue?: google.protobuf.Struct.$Shape|null;
             *   listValue?: google.protobuf.ListValue.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "nullValue"; nullValue: google.protobuf.NullValue; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "numberValue"; nullValue?: null; numberValue: number; stringValue?: null; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "stringValue"; nullValue?: null; numberValue?: null; stringValue: string; boolValue?: null; structValue?: null; listValue?: null }|{ kind?: "boolValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue: boolean; structValue?: null; listValue?: null }|{ kind?: "structValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue: google.protobuf.Struct.$Shape; listValue?: null }|{ kind?: "listValue"; nullValue?: null; numberValue?: null; stringValue?: null; boolValue?: null; structValue?: null; listValue: google.protobuf.ListValue.$Shape })
             * )} google.protobuf.Value.$Shape
             */

            /**
             * Constructs a new Value.
             * @memberof google.protobuf
             * @classdesc Represents a Value.
             * @constructor
             * @param {google.protobuf.Value.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Value = function (p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * Value nullValue.
             * @member {google.protobuf.NullValue|null|undefined} nullValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.nullValue = null;

            /**
             * Value numberValue.
             * @member {number|null|undefined} numberValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.numberValue = null;

            /**
             * Value stringValue.
             * @member {string|null|undefined} stringValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.stringValue = null;

            /**
             * Value boolValue.
             * @member {boolean|null|undefined} boolValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.boolValue = null;

            /**
             * Value structValue.
             * @member {google.protobuf.Struct.$Properties|null|undefined} structValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.structValue = null;

            /**
             * Value listValue.
             * @member {google.protobuf.ListValue.$Properties|null|undefined} listValue
             * @memberof google.protobuf.Value
             * @instance
             */
            Value.prototype.listValue = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Value kind.
             * @member {"nullValue"|"numberValue"|"stringValue"|"boolValue"|"structValue"|"listValue"|undefined} kind
             * @memberof google.protobuf.Value
             * @instance
             */
            $Object.defineProperty(Value.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["nullValue", "numberValue", "stringValue", "boolValue", "structValue", "listValue"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Value instance using the specified properties.
             * @function create
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.Value} Value instance
             * @type {{
             *   (properties: google.protobuf.Value.$Shape): google.protobuf.Value & google.protobuf.Value.$Shape;
             *   (properties?: google.protobuf.Value.$Properties): google.protobuf.Value;
             * }}
             */
            Value.create = function(properties) {
                return new Value(properties);
            };

            /**
             * Encodes the specified Value message. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value.$Properties} m Value message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Value.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.nullValue != null && $Object.hasOwnProperty.call(m, "nullValue"))
                    w.uint32(/* id 1, wireType 0 =*/8).int32(m.nullValue);
                if (m.numberValue != null && $Object.hasOwnProperty.call(m, "numberValue"))
                    w.uint32(/* id 2, wireType 1 =*/17).double(m.numberValue);
                if (m.stringValue != null && $Object.hasOwnProperty.call(m, "stringValue"))
                    w.uint32(/* id 3, wireType 2 =*/26).string(m.stringValue);
                if (m.boolValue != null && $Object.hasOwnProperty.call(m, "boolValue"))
                    w.uint32(/* id 4, wireType 0 =*/32).bool(m.boolValue);
                if (m.structValue != null && $Object.hasOwnProperty.call(m, "structValue"))
                    $root.google.protobuf.Struct.encode(m.structValue, w.uint32(/* id 5, wireType 2 =*/42).fork(), q + 1).ldelim();
                if (m.listValue != null && $Object.hasOwnProperty.call(m, "listValue"))
                    $root.google.protobuf.ListValue.encode(m.listValue, w.uint32(/* id 6, wireType 2 =*/50).fork(), q + 1).ldelim();
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified Value message, length delimited. Does not implicitly {@link google.protobuf.Value.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value.$Properties} message Value message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Value.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a Value message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Value.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m, v;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.google.protobuf.Value();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 0)
                                break;
                            m.nullValue = r.int32();
                            m.kind = "nullValue";
                            continue;
                        }
                    case 2: {
                            if (u !== 1)
                                break;
                            m.numberValue = r.double();
                            m.kind = "numberValue";
                            continue;
                        }
                    case 3: {
                            if (u !== 2)
                                break;
                            m.stringValue = r.stringVerify();
                            m.kind = "stringValue";
                            continue;
                        }
                    case 4: {
                            if (u !== 0)
                                break;
                            m.boolValue = r.bool();
                            m.kind = "boolValue";
                            continue;
                        }
                    case 5: {
                            if (u !== 2)
                                break;
                            m.structValue = $root.google.protobuf.Struct.decode(r, r.size(), $undefined, q + 1, m.structValue);
                            m.kind = "structValue";
                            continue;
                        }
                    case 6: {
                            if (u !== 2)
                                break;
                            m.listValue = $root.google.protobuf.ListValue.decode(r, r.size(), $undefined, q + 1, m.listValue);
                            m.kind = "listValue";
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a Value message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.Value
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.Value & google.protobuf.Value.$Shape} Value
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Value.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a Value message.
             * @function verify
             * @memberof google.protobuf.Value
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Value.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                var p = {};
                if (m.nullValue != null && $Object.hasOwnProperty.call(m, "nullValue")) {
                    p.kind = 1;
                    if (typeof m.nullValue !== "number" || (m.nullValue | 0) !== m.nullValue)
                        return "nullValue: enum value expected";
                }
                if (m.numberValue != null && $Object.hasOwnProperty.call(m, "numberValue")) {
                    if (p.kind === 1)
                        return "kind: multiple values";
                    p.kind = 1;
                    if (typeof m.numberValue !== "number")
                        return "numberValue: number expected";
                }
                if (m.stringValue != null && $Object.hasOwnProperty.call(m, "stringValue")) {
                    if (p.kind === 1)
                        return "kind: multiple values";
                    p.kind = 1;
                    if (!$util.isString(m.stringValue))
                        return "stringValue: string expected";
                }
                if (m.boolValue != null && $Object.hasOwnProperty.call(m, "boolValue")) {
                    if (p.kind === 1)
                        return "kind: multiple values";
                    p.kind = 1;
                    if (typeof m.boolValue !== "boolean")
                        return "boolValue: boolean expected";
                }
                if (m.structValue != null && $Object.hasOwnProperty.call(m, "structValue")) {
                    if (p.kind === 1)
                        return "kind: multiple values";
                    p.kind = 1;
                    {
                        var e = $root.google.protobuf.Struct.verify(m.structValue, q + 1);
                        if (e)
                            return "structValue." + e;
                    }
                }
                if (m.listValue != null && $Object.hasOwnProperty.call(m, "listValue")) {
                    if (p.kind === 1)
                        return "kind: multiple values";
                    p.kind = 1;
                    {
                        var e = $root.google.protobuf.ListValue.verify(m.listValue, q + 1);
                        if (e)
                            return "listValue." + e;
                    }
                }
                return null;
            };

            /**
             * Creates a Value message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.Value
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {google.protobuf.Value} Value
             */
            Value.fromObject = function (d, q) {
                if (d instanceof $root.google.protobuf.Value)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".google.protobuf.Value: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.google.protobuf.Value();
                switch (d.nullValue) {
                case "NULL_VALUE":
                case 0:
                    m.nullValue = 0;
                    break;
                default:
                    if (typeof d.nullValue === "number" && (d.nullValue | 0) === d.nullValue)
                        m.nullValue = d.nullValue;
                }
                if (d.numberValue != null) {
                    m.numberValue = $Number(d.numberValue);
                }
                if (d.stringValue != null) {
                    m.stringValue = $String(d.stringValue);
                }
                if (d.boolValue != null) {
                    m.boolValue = $Boolean(d.boolValue);
                }
                if (d.structValue != null) {
                    if (!$util.isObject(d.structValue))
                        throw $TypeError(".google.protobuf.Value.structValue: object expected");
                    m.structValue = $root.google.protobuf.Struct.fromObject(d.structValue, q + 1);
                }
                if (d.listValue != null) {
                    if (!$util.isObject(d.listValue))
                        throw $TypeError(".google.protobuf.Value.listValue: object expected");
                    m.listValue = $root.google.protobuf.ListValue.fromObject(d.listValue, q + 1);
                }
                return m;
            };

            /**
             * Creates a plain object from a Value message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.Value
             * @static
             * @param {google.protobuf.Value} m Value
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Value.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (m.nullValue != null && $Object.hasOwnProperty.call(m, "nullValue")) {
                    d.nullValue = o.enums === $String ? $root.google.protobuf.NullValue[m.nullValue] === $undefined ? m.nullValue : $root.google.protobuf.NullValue[m.nullValue] : m.nullValue;
                    if (o.oneofs)
                        d.kind = "nullValue";
                }
                if (m.numberValue != null && $Object.hasOwnProperty.call(m, "numberValue")) {
                    d.numberValue = o.json && !$isFinite(m.numberValue) ? $String(m.numberValue) : m.numberValue;
                    if (o.oneofs)
                        d.kind = "numberValue";
                }
                if (m.stringValue != null && $Object.hasOwnProperty.call(m, "stringValue")) {
                    d.stringValue = m.stringValue;
                    if (o.oneofs)
                        d.kind = "stringValue";
                }
                if (m.boolValue != null && $Object.hasOwnProperty.call(m, "boolValue")) {
                    d.boolValue = m.boolValue;
                    if (o.oneofs)
                        d.kind = "boolValue";
                }
                if (m.structValue != null && $Object.hasOwnProperty.call(m, "structValue")) {
                    d.structValue = $root.google.protobuf.Struct.toObject(m.structValue, o, q + 1);
                    if (o.oneofs)
                        d.kind = "structValue";
                }
                if (m.listValue != null && $Object.hasOwnProperty.call(m, "listValue")) {
                    d.listValue = $root.google.protobuf.ListValue.toObject(m.listValue, o, q + 1);
                    if (o.oneofs)
                        d.kind = "listValue";
                }
                return d;
            };

            /**
             * Converts this Value to JSON.
             * @function toJSON
             * @memberof google.protobuf.Value
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Value.prototype.toJSON = function() {
                return Value.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Value
             * @function getTypeUrl
             * @memberof google.protobuf.Value
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Value.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.Value";
            };

            return Value;
        })();

        /**
         * NullValue enum.
         * @name google.protobuf.NullValue
         * @enum {number}
         * @property {number} NULL_VALUE=0 NULL_VALUE value
         */
        protobuf.NullValue = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "NULL_VALUE"] = 0;
            return values;
        })();

        protobuf.ListValue = (function() {

            /**
             * Properties of a ListValue.
             * @typedef {Object} google.protobuf.ListValue.$Properties
             * @property {Array.<google.protobuf.Value.$Properties>|null} [values] ListValue values
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ListValue.
             * @memberof google.protobuf
             * @interface IListValue
             * @augments google.protobuf.ListValue.$Properties
             * @deprecated Use google.protobuf.ListValue.$Properties instead.
             */

            /**
             * Shape of a ListValue.
             * @typedef {{
             *   values?: Array.<google.protobuf.Value.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} google.protobuf.ListValue.$Shape
             */

            /**
             * Constructs a new ListValue.
             * @memberof google.protobuf
             * @classdesc Represents a ListValue.
             * @constructor
             * @param {google.protobuf.ListValue.$Properties=} [p] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ListValue = function (p) {
                this.values = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            };

            /**
             * ListValue values.
             * @member {Array.<google.protobuf.Value.$Properties>} values
             * @memberof google.protobuf.ListValue
             * @instance
             */
            ListValue.prototype.values = $util.emptyArray;

            /**
             * Creates a new ListValue instance using the specified properties.
             * @function create
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue.$Properties=} [properties] Properties to set
             * @returns {google.protobuf.ListValue} ListValue instance
             * @type {{
             *   (properties: google.protobuf.ListValue.$Shape): google.protobuf.ListValue & google.protobuf.ListValue.$Shape;
             *   (properties?: google.protobuf.ListValue.$Properties): google.protobuf.ListValue;
             * }}
             */
            ListValue.create = function(properties) {
                return new ListValue(properties);
            };

            /**
             * Encodes the specified ListValue message. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @function encode
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue.$Properties} m ListValue message or plain object to encode
             * @param {$protobuf.Writer} [w] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListValue.encode = function (m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (m.values != null && m.values.length) {
                    for (var i = 0; i < m.values.length; ++i)
                        $root.google.protobuf.Value.encode(m.values[i], w.uint32(/* id 1, wireType 2 =*/10).fork(), q + 1).ldelim();
                }
                if (m.$unknowns != null && $Object.hasOwnProperty.call(m, "$unknowns"))
                    for (var i = 0; i < m.$unknowns.length; ++i)
                        w.raw(m.$unknowns[i]);
                return w;
            };

            /**
             * Encodes the specified ListValue message, length delimited. Does not implicitly {@link google.protobuf.ListValue.verify|verify} messages.
             * @function encodeDelimited
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue.$Properties} message ListValue message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ListValue.encodeDelimited = function(message, writer) {
                return this.encode(message, (writer || $Writer.create()).fork()).ldelim();
            };

            /**
             * Decodes a ListValue message from the specified reader or buffer.
             * @function decode
             * @memberof google.protobuf.ListValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} r Reader or buffer to decode from
             * @param {number} [l] Message length if known beforehand
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListValue.decode = function (r, l, z, q, g) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (q === $undefined)
                    q = 0;
                if (q > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                var c, m;
                if (l === $undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw $RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = g || new $root.google.protobuf.ListValue();
                while (r.pos < c) {
                    var s = r.pos;
                    var t = r.tag();
                    if (t === z) {
                        z = $undefined;
                        break;
                    }
                    var u = t & 7;
                    switch (t >>>= 3) {
                    case 1: {
                            if (u !== 2)
                                break;
                            if (!(m.values && m.values.length))
                                m.values = [];
                            m.values.push($root.google.protobuf.Value.decode(r, r.size(), $undefined, q + 1));
                            continue;
                        }
                    }
                    r.skipType(u, q, t);
                    if (!r.discardUnknown) {
                        $util.makeProp(m, "$unknowns", false);
                        (m.$unknowns || (m.$unknowns = [])).push(r.raw(s, r.pos));
                    }
                }
                if (l !== $undefined) {
                    if (r.pos !== c)
                        throw $RangeError("index out of range");
                    r.len = l;
                }
                if (z !== $undefined)
                    throw $Error("missing end group");
                return m;
            };

            /**
             * Decodes a ListValue message from the specified reader or buffer, length delimited.
             * @function decodeDelimited
             * @memberof google.protobuf.ListValue
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @returns {google.protobuf.ListValue & google.protobuf.ListValue.$Shape} ListValue
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ListValue.decodeDelimited = function(reader) {
                if (!(reader instanceof $Reader))
                    reader = new $Reader(reader);
                return this.decode(reader, reader.size());
            };

            /**
             * Verifies a ListValue message.
             * @function verify
             * @memberof google.protobuf.ListValue
             * @static
             * @param {Object.<string,*>} m Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ListValue.verify = function (m, q) {
                if (typeof m !== "object" || m === null)
                    return "object expected";
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    return "max depth exceeded";
                if (m.values != null && $Object.hasOwnProperty.call(m, "values")) {
                    if (!$Array.isArray(m.values))
                        return "values: array expected";
                    for (var i = 0; i < m.values.length; ++i) {
                        {
                            var e = $root.google.protobuf.Value.verify(m.values[i], q + 1);
                            if (e)
                                return "values." + e;
                        }
                    }
                }
                return null;
            };

            /**
             * Creates a ListValue message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof google.protobuf.ListValue
             * @static
             * @param {Object.<string,*>} d Plain object
             * @returns {google.protobuf.ListValue} ListValue
             */
            ListValue.fromObject = function (d, q) {
                if (d instanceof $root.google.protobuf.ListValue)
                    return d;
                if (!$util.isObject(d))
                    throw $TypeError(".google.protobuf.ListValue: object expected");
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var m = new $root.google.protobuf.ListValue();
                if (d.values) {
                    if (!$Array.isArray(d.values))
                        throw $TypeError(".google.protobuf.ListValue.values: array expected");
                    m.values = $Array(d.values.length);
                    for (var i = 0; i < d.values.length; ++i) {
                        if (!$util.isObject(d.values[i]))
                            throw $TypeError(".google.protobuf.ListValue.values: object expected");
                        m.values[i] = $root.google.protobuf.Value.fromObject(d.values[i], q + 1);
                    }
                }
                return m;
            };

            /**
             * Creates a plain object from a ListValue message. Also converts values to other types if specified.
             * @function toObject
             * @memberof google.protobuf.ListValue
             * @static
             * @param {google.protobuf.ListValue} m ListValue
             * @param {$protobuf.IConversionOptions} [o] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ListValue.toObject = function (m, o, q) {
                if (!o)
                    o = {};
                if (q === $undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.values = [];
                }
                if (m.values && m.values.length) {
                    d.values = $Array(m.values.length);
                    for (var j = 0; j < m.values.length; ++j) {
                        d.values[j] = $root.google.protobuf.Value.toObject(m.values[j], o, q + 1);
                    }
                }
                return d;
            };

            /**
             * Converts this ListValue to JSON.
             * @function toJSON
             * @memberof google.protobuf.ListValue
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ListValue.prototype.toJSON = function() {
                return ListValue.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ListValue
             * @function getTypeUrl
             * @memberof google.protobuf.ListValue
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ListValue.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/google.protobuf.ListValue";
            };

            return ListValue;
        })();

        return protobuf;
    })();

    return google;
})();

export {
  $root as default
};
