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
             * @property {"tombstone"|"profile"|"device"|"document"} [body] Change body
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
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ body?: undefined; tombstone?: null; profile?: null; device?: null; document?: null }|{ body?: "tombstone"; tombstone: mobile.v1.Tombstone.$Shape; profile?: null; device?: null; document?: null }|{ body?: "profile"; tombstone?: null; profile: mobile.v1.Profile.$Shape; device?: null; document?: null }|{ body?: "device"; tombstone?: null; profile?: null; device: mobile.v1.Device.$Shape; document?: null }|{ body?: "document"; tombstone?: null; profile?: null; device?: null; document: google.protobuf.Struct.$Shape })
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

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Change body.
             * @member {"tombstone"|"profile"|"device"|"document"|undefined} body
             * @memberof mobile.v1.Change
             * @instance
             */
            $Object.defineProperty(Change.prototype, "body", {
                get: $util.oneOfGetter($oneOfFields = ["tombstone", "profile", "device", "document"]),
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
