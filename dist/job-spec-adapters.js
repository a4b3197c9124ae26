import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq3 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode2(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar3(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap3;
    exports.isNode = isNode2;
    exports.isPair = isPair3;
    exports.isScalar = isScalar3;
    exports.isSeq = isSeq3;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml2, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml2);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj2, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj2, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type2) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type2 });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map2 = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map2.items.push(value);
        return map2;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema: schema2, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema2.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema2[identity.MAP] : Symbol.iterator in Object(value) ? schema2[identity.SEQ] : schema2[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema2, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema: schema2,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type2, schema2) {
        super(type2);
        Object.defineProperty(this, "schema", {
          value: schema2,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema2) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema2)
          copy.schema = schema2;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema2) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str2) => str2.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str2, indent, comment) => str2.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str2.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str2) => /^(%|---|\.\.\.)/m.test(str2);
    function lineLengthOverLimit(str2, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str2.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str2[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json2 = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json2;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str2 = "";
      let start = 0;
      for (let i = 0, ch = json2[i]; ch; ch = json2[++i]) {
        if (ch === " " && json2[i + 1] === "\\" && json2[i + 2] === "n") {
          str2 += json2.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json2[i + 1]) {
            case "u":
              {
                str2 += json2.slice(start, i);
                const code = json2.substr(i + 2, 4);
                switch (code) {
                  case "0000":
                    str2 += "\\0";
                    break;
                  case "0007":
                    str2 += "\\a";
                    break;
                  case "000b":
                    str2 += "\\v";
                    break;
                  case "001b":
                    str2 += "\\e";
                    break;
                  case "0085":
                    str2 += "\\N";
                    break;
                  case "00a0":
                    str2 += "\\_";
                    break;
                  case "2028":
                    str2 += "\\L";
                    break;
                  case "2029":
                    str2 += "\\P";
                    break;
                  default:
                    if (code.substr(0, 2) === "00")
                      str2 += "\\x" + code.substr(2);
                    else
                      str2 += json2.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json2[i + 2] === '"' || json2.length < minMultiLineLength) {
                i += 1;
              } else {
                str2 += json2.slice(start, i) + "\n\n";
                while (json2[i + 2] === "\\" && json2[i + 3] === "n" && json2[i + 4] !== '"') {
                  str2 += "\n";
                  i += 2;
                }
                str2 += indent;
                if (json2[i + 2] === " ")
                  str2 += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str2 = start ? str2 + json2.slice(start) : json2;
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type2 === Scalar.Scalar.BLOCK_FOLDED ? false : type2 === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type2 !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type: type2, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type2 !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str2 = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str2);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str2 : foldFlowLines.foldFlowLines(str2, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type: type2 } = item;
      if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type2 = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type2);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj2;
      if (identity.isScalar(item)) {
        obj2 = item.value;
        let match = tags.filter((t) => t.identify?.(obj2));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj2 = item;
        tagObj = tags.find((t) => t.nodeClass && obj2 instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj2?.constructor?.name ?? (obj2 === null ? "null" : typeof obj2);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str2 = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str2;
      return identity.isScalar(node) || str2[0] === "{" || str2[0] === "[" ? `${props} ${str2}` : `${props}
${ctx.indent}${str2}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str2 = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str2.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str2 === "" ? "?" : explicitKey ? `? ${str2}` : str2;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str2 = `? ${str2}`;
        if (keyComment && !keyCommentDone) {
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str2;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
        str2 = `? ${str2}
${indent}:`;
      } else {
        str2 = `${str2}:`;
        if (keyComment)
          str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str2.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str2 += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str2 += stringifyComment.lineComment(str2, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str2;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge2 = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key) => (merge2.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge2.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge2.tag && tag.default);
    function addMergeToJSMap(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map2, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map2, it);
      else
        mergeValue(ctx, map2, source);
    }
    function mergeValue(ctx, map2, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map2 instanceof Map) {
          if (!map2.has(key))
            map2.set(key, value2);
        } else if (map2 instanceof Set) {
          map2.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map2, key)) {
          Object.defineProperty(map2, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map2;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey2;
    exports.merge = merge2;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge2 = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map2, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map2, value);
      else if (merge2.isMergeKey(ctx, key))
        merge2.addMergeToJSMap(ctx, map2, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map2 instanceof Map) {
          map2.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map2 instanceof Set) {
          map2.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map2)
            Object.defineProperty(map2, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map2[stringKey] = jsValue;
        }
      }
      return map2;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema2) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema2);
        if (identity.isNode(value))
          value = value.clone(schema2);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str3 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str3 += stringifyComment.lineComment(str3, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str3);
      }
      let str2;
      if (lines.length === 0) {
        str2 = flowChars.start + flowChars.end;
      } else {
        str2 = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str2 += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str2 += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str2;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str2 = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str2.includes("\n"));
        if (i < items.length - 1) {
          str2 += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str2.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str2 += ",";
          }
        }
        if (comment)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment));
        lines.push(str2);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str2 = start;
          for (const line of lines)
            str2 += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str2}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema2) {
        super(identity.MAP, schema2);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema2, obj2, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map2 = new this(schema2);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj2, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map2.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj2 instanceof Map) {
          for (const [key, value] of obj2)
            add(key, value);
        } else if (obj2 && typeof obj2 === "object") {
          for (const key of Object.keys(obj2))
            add(key, obj2[key]);
        }
        if (typeof schema2.sortMapEntries === "function") {
          map2.items.sort(schema2.sortMapEntries);
        }
        return map2;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type2) {
        const map2 = Type2 ? new Type2() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map2, item);
        return map2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map2 = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map3, onError) {
        if (!identity.isMap(map3))
          onError("Expected a mapping for this tag");
        return map3;
      },
      createNode: (schema2, obj2, ctx) => YAMLMap.YAMLMap.from(schema2, obj2, ctx)
    };
    exports.map = map2;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema2) {
        super(identity.SEQ, schema2);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq2 = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq2);
        let i = 0;
        for (const item of this.items)
          seq2.push(toJS.toJS(item, String(i++), ctx));
        return seq2;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema2, obj2, ctx) {
        const { replacer } = ctx;
        const seq2 = new this(schema2);
        if (obj2 && Symbol.iterator in Object(obj2)) {
          let i = 0;
          for (let it of obj2) {
            if (typeof replacer === "function") {
              const key = obj2 instanceof Set ? it : String(i++);
              it = replacer.call(obj2, key, it);
            }
            seq2.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq2;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq2 = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq3, onError) {
        if (!identity.isSeq(seq3))
          onError("Expected a sequence for this tag");
        return seq3;
      },
      createNode: (schema2, obj2, ctx) => YAMLSeq.YAMLSeq.from(schema2, obj2, ctx)
    };
    exports.seq = seq2;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str2) => str2,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null2 = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str2) => new Scalar.Scalar(str2[0] === "t" || str2[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2));
        const dot = str2.indexOf(".");
        if (dot !== -1 && str2[str2.length - 1] === "0")
          node.minFractionDigits = str2.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str2, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.boolTag,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map2 = require_map();
    var seq2 = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str2) => str2,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str2) => str2 === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str2, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str2) : parseInt(str2, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str2) => parseFloat(str2),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str2, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str2)}`);
        return str2;
      }
    };
    var schema2 = [map2.map, seq2.seq].concat(jsonScalars, jsonError);
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary2 = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str2 = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str2.length);
          for (let i = 0; i < str2.length; ++i)
            buffer[i] = str2.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type: type2, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str2;
        if (typeof node_buffer.Buffer === "function") {
          str2 = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str2 = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type2 ?? (type2 = Scalar.Scalar.BLOCK_LITERAL);
        if (type2 !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str2.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str2.substr(o, lineWidth);
          }
          str2 = lines.join(type2 === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type: type2, value: str2 }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq2, onError) {
      if (identity.isSeq(seq2)) {
        for (let i = 0; i < seq2.items.length; ++i) {
          let item = seq2.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq2.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq2;
    }
    function createPairs(schema2, iterable, ctx) {
      const { replacer } = ctx;
      const pairs3 = new YAMLSeq.YAMLSeq(schema2);
      pairs3.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs3.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs3;
    }
    var pairs2 = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs2;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs2 = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map2 = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map2);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map2.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map2.set(key, value);
        }
        return map2;
      }
      static from(schema2, iterable, ctx) {
        const pairs$1 = pairs2.createPairs(schema2, iterable, ctx);
        const omap3 = new this();
        omap3.items = pairs$1.items;
        return omap3;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap2 = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq2, onError) {
        const pairs$1 = pairs2.resolvePairs(seq2, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema2, iterable, ctx) => YAMLOMap.from(schema2, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str2) => str2.slice(-3).toLowerCase() === "nan" ? NaN : str2[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str2) => parseFloat(str2.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float2 = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str2) {
        const node = new Scalar.Scalar(parseFloat(str2.replace(/_/g, "")));
        const dot = str2.indexOf(".");
        if (dot !== -1) {
          const f = str2.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float2;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str2, offset, radix, { intAsBigInt }) {
      const sign = str2[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str2 = str2.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str2 = `0b${str2}`;
            break;
          case 8:
            str2 = `0o${str2}`;
            break;
          case 16:
            str2 = `0x${str2}`;
            break;
        }
        const n2 = BigInt(str2);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str2, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str2 = value.toString(radix);
        return value < 0 ? "-" + prefix + str2.substr(1) : prefix + str2;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int2 = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str2, _onError, opt) => intResolve(str2, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int2;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema2) {
        super(schema2);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema2, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema2);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema2, iterable, ctx) => YAMLSet.from(schema2, iterable, ctx),
      resolve(map2, onError) {
        if (identity.isMap(map2)) {
          if (map2.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map2);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map2;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str2, asBigInt) {
      const sign = str2[0];
      const parts = sign === "-" || sign === "+" ? str2.substring(1) : str2;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str2, _onError, { intAsBigInt }) => parseSexagesimal(str2, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str2) => parseSexagesimal(str2, false),
      stringify: stringifySexagesimal
    };
    var timestamp2 = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str2) {
        const match = str2.match(timestamp2.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string = require_string();
    var binary2 = require_binary();
    var bool2 = require_bool2();
    var float2 = require_float2();
    var int2 = require_int2();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schema2 = [
      map2.map,
      seq2.seq,
      string.string,
      _null2.nullTag,
      bool2.trueTag,
      bool2.falseTag,
      int2.intBin,
      int2.intOct,
      int2.int,
      int2.intHex,
      float2.floatNaN,
      float2.floatExp,
      float2.float,
      binary2.binary,
      merge2.merge,
      omap2.omap,
      pairs2.pairs,
      set2.set,
      timestamp2.intTime,
      timestamp2.floatTime,
      timestamp2.timestamp
    ];
    exports.schema = schema2;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map2 = require_map();
    var _null2 = require_null2();
    var seq2 = require_seq();
    var string = require_string();
    var bool2 = require_bool();
    var float2 = require_float();
    var int2 = require_int();
    var schema2 = require_schema();
    var schema$1 = require_schema2();
    var binary2 = require_binary();
    var merge2 = require_merge();
    var omap2 = require_omap();
    var pairs2 = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp2 = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema2.schema],
      ["failsafe", [map2.map, seq2.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary2.binary,
      bool: bool2.boolTag,
      float: float2.float,
      floatExp: float2.floatExp,
      floatNaN: float2.floatNaN,
      floatTime: timestamp2.floatTime,
      int: int2.int,
      intHex: int2.intHex,
      intOct: int2.intOct,
      intTime: timestamp2.intTime,
      map: map2.map,
      merge: merge2.merge,
      null: _null2.nullTag,
      omap: omap2.omap,
      pairs: pairs2.pairs,
      seq: seq2.seq,
      set: set2.set,
      timestamp: timestamp2.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary2.binary,
      "tag:yaml.org,2002:merge": merge2.merge,
      "tag:yaml.org,2002:omap": omap2.omap,
      "tag:yaml.org,2002:pairs": pairs2.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp2.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge2.merge) ? schemaTags.concat(merge2.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge2.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map2 = require_map();
    var seq2 = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema2 = class _Schema {
      constructor({ compat, customTags, merge: merge2, resolveKnownTags, schema: schema2, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema2 === "string" && schema2 || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge2);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map2.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq2.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema2;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema2 = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema2.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json: json2, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json2,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map2.comment)
                map2.comment += "\n" + keyProps.comment;
              else
                map2.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map2.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map2.range = [bm.offset, offset, commentEnd ?? offset];
      return map2;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq2 = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq2.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq2.items.push(node);
      }
      seq2.range = [bs.offset, offset, commentEnd ?? offset];
      return seq2;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
        for (const token of end) {
          const { source, type: type2 } = token;
          switch (type2) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type2} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap3 = fc.start.source === "{";
      const fcName = isMap3 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap3 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap3 && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap3 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap3 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap3) {
            const map2 = coll;
            if (utilMapIncludes.mapIncludes(ctx, map2.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map2.items.push(pair);
          } else {
            const map2 = new YAMLMap.YAMLMap(ctx.schema);
            map2.flow = true;
            map2.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map2.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map2);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap3 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type2 = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type: type2, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type2 === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type: type2, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first2 = split[0];
      const m = first2.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first2.slice(m[1].length)] : ["", first2];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type: type2, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
      switch (type2) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type2}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type: type2, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type2)
        scalar.type = type2;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema2, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema2[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema2.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema2.knownTags[tagName];
      if (kt && !kt.collection) {
        schema2.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema2[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema: schema2 }, value, token, onError) {
      const tag = schema2.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema2[identity.SCALAR];
      if (schema2.compat) {
        const compat = schema2.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema2[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type: type2 = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type: type2 } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type2)
        switch (token.type) {
          case "single-quoted-scalar":
            type2 = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type2 = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type2 = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type2 = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type: type2, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type2) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type2;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type: type2, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type: type2, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type: type2, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar3 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar3;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter2 = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter2;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type2) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type2)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type2 = cst.tokenType(source);
        if (!type2) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type2 === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type2;
          yield* this.step();
          switch (type2) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map2 = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map2;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map2) {
        const it = map2.items[map2.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map2.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map2.indent)) {
                const prev = map2.items[map2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map2.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map2.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map2.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map2.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map2.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map2.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map2.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map2);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map2.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq2) {
        const it = seq2.items[seq2.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq2.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq2.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq2.indent)) {
                const prev = seq2.items[seq2.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq2.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq2.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq2.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq2.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq2.indent) {
          const bv = this.startBlockValue(seq2);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map2 = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map2;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type2) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type: type2,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument2(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema2 = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema2.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/text/suggest.ts
function editDistance(a, b) {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[t.length] ?? 0;
}
function nearest(word, candidates2, limit = 3) {
  const needle = word.toLowerCase();
  const best = /* @__PURE__ */ new Map();
  for (const candidate of candidates2) {
    const lower = candidate.toLowerCase();
    if (best.has(lower)) continue;
    const distance = editDistance(needle, lower);
    const contains = needle.length >= 2 && (lower.includes(needle) || needle.includes(lower));
    const threshold = Math.max(2, Math.floor(Math.max(needle.length, lower.length) / 3));
    const score = Math.min(distance, contains ? 1 + Math.abs(lower.length - needle.length) / 100 : Infinity);
    if (distance <= threshold || contains) best.set(lower, { candidate, score });
  }
  return [...best.values()].sort((x, y) => x.score - y.score || x.candidate.localeCompare(y.candidate)).slice(0, limit).map((s) => s.candidate);
}
function didYouMean(word, candidates2, limit = 3) {
  const found = nearest(word, candidates2, limit);
  return found.length === 0 ? "" : ` (did you mean ${found.map((f) => `\`${f}\``).join(", ")}?)`;
}
function orList(items) {
  const quoted = items.map((i) => `\`${i}\``);
  if (quoted.length <= 1) return quoted.join("");
  return `${quoted.slice(0, -1).join(", ")} or ${quoted[quoted.length - 1] ?? ""}`;
}

// src/catalog/data/instances.ts
var AWS_EC2_GUIDE = {
  title: "Amazon EC2 User Guide for Linux Instances: Accelerated computing instances (hardware specifications table)",
  publisher: "Amazon Web Services",
  url: "https://github.com/awsdocs/amazon-ec2-user-guide/blob/d289961421fa79447add68ca26e3ec5ae96fdf41/doc_source/accelerated-computing-instances.md",
  year: 2023,
  licence: "CC BY-SA 4.0 (awsdocs repository); factual figures quoted"
};
var AWS_BATCH_GPU = {
  title: "AWS Batch User Guide: Run GPU jobs (table of supported GPU instance types)",
  publisher: "Amazon Web Services",
  url: "https://docs.aws.amazon.com/batch/latest/userguide/gpu-jobs.html",
  year: 2026,
  licence: "factual figures quoted from the provider documentation"
};
var TORCHX = {
  title: 'torchx named_resources_aws.py: AWS instance types "taken from https://aws.amazon.com/ec2/instance-types/"',
  publisher: "Meta (meta-pytorch/torchx)",
  url: "https://github.com/meta-pytorch/torchx/blob/main/torchx/specs/named_resources_aws.py",
  year: 2025,
  licence: "BSD-3-Clause; factual figures quoted"
};
var RAPIDS_AWS = {
  title: "RAPIDS deployment documentation: Amazon Web Services (accelerated instance types table)",
  publisher: "RAPIDS (NVIDIA)",
  url: "https://github.com/rapidsai/deployment/blob/main/source/cloud/aws/index.md",
  year: 2026,
  licence: "factual figures quoted (repository licence not checked)"
};
var CCF_AWS = "vCPUs and memory from Cloud Carbon Footprint ccf-coefficients data/aws-instances-latest-2026.csv (secondary)";
var P3_NOTE = "V100 16 GB per GPU (AWS Batch GPU-jobs table); SXM2 because the guide says P3 supports NVLink";
var G5_NOTE = 'the guide: "G5 instances use NVIDIA A10G GPUs"';
var G6_NOTE = 'L4: AWS SDK release notes ("Amazon EC2 G6 instances powered by NVIDIA L4 Tensor Core GPUs", aws-sdk-go v1.51.15, 2024-04-04)';
var NEURON_TRN1 = {
  title: "AWS Neuron documentation: Trn1/Trn1n architecture (instance table: Trainium devices, vCPUs, memory)",
  publisher: "Amazon Web Services",
  url: "https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/trn1-arch.html",
  year: 2023,
  licence: "factual figures quoted from the provider documentation"
};
var INF2_NOTE = "secondary: Inferentia2 device counts, vCPUs and memory from torchx (NEURON_DEVICE per type)";
var G6E_NOTE = "secondary: counts, vCPUs and memory from torchx; L40S from third-party lists (dstack gpuhunt issue 105, deploybase.ai), no AWS text seen";
var G4DN_NOTE = `the guide: "G4dn instances use NVIDIA Tesla GPUs ... Each GPU has 16 GiB of GDDR6 memory"; the T4 (NVIDIA's 16 GB GDDR6 Tesla board) is carbon-budget's reading`;
var INF1_NOTE = 'the guide: "Inf1 instances use AWS Inferentia machine learning inference chips"';
var P2_NOTE = `the guide: "P2 instances use NVIDIA Tesla K80 GPUs ... 12 GiB of memory per GPU": each GPU is one of a K80 board's two`;
var AWS_EC2_SPECS = {
  title: "Specifications for Amazon EC2 accelerated computing instances (performance specifications table)",
  publisher: "Amazon Web Services",
  url: "https://docs.aws.amazon.com/ec2/latest/instancetypes/ac.html",
  year: 2026,
  licence: "factual figures quoted from the provider documentation"
};
var FRACTION_NOTE = "a share of one GPU, counted as that share of the board's power";
var GCP_TOOLKIT = {
  title: "Cluster Toolkit pkg/config/machine_mappings.json (accelerator shorthand to machine type; machine family to GPU)",
  publisher: "Google (GoogleCloudPlatform/cluster-toolkit)",
  url: "https://github.com/GoogleCloudPlatform/cluster-toolkit/blob/d26f63542cfc5356d42cc7ece7c2a0087f66e392/pkg/config/machine_mappings.json",
  year: 2026,
  licence: "Apache-2.0; factual figures quoted"
};
var GCP_TOOLKIT_2026 = {
  ...GCP_TOOLKIT,
  url: "https://github.com/GoogleCloudPlatform/cluster-toolkit/blob/3488924798d9d90c76da9b2cf81afab0fbdffe91/pkg/config/machine_mappings.json"
};
var G4_NOTE = "the g4-standard family carries nvidia-rtx-pro-6000; below one GPU the machine gets a fraction of one board, and carbon-budget counts that share of the board's power";
var CCF_GCP = "vCPUs and memory from Cloud Carbon Footprint ccf-coefficients data/gcp-instances-latest-2026.csv (secondary)";
var A2_NOTE = `toolkit: a100-40gb-N is a2-highgpu-Ng; SXM4 is carbon-budget's reading (Google does not name the form factor); ${CCF_GCP}`;
var A2U_NOTE = `toolkit: a100-80gb-N is a2-ultragpu-Ng; SXM4 is carbon-budget's reading; ${CCF_GCP}`;
var A3_NOTE = `toolkit: h100-80gb-N is a3-highgpu-Ng; SXM5 is carbon-budget's reading; ${CCF_GCP}`;
var G2_ONE = `toolkit: the g2-standard family carries nvidia-l4 (l4-1 is g2-standard-12); one GPU on this size per a third-party table (secondary); ${CCF_GCP}`;
function azure(page, series, year) {
  return {
    title: `${series} size series (Azure virtual machine sizes documentation)`,
    publisher: "Microsoft",
    url: `https://learn.microsoft.com/azure/virtual-machines/sizes/gpu-accelerated/${page}`,
    year,
    licence: "CC BY 4.0 (Microsoft Learn documentation); factual figures quoted"
  };
}
var NCV3 = azure("ncv3-series", "NCv3", 2024);
var NC_A100_V4 = azure("nca100v4-series", "NC_A100_v4", 2024);
var NCADS_H100_V5 = azure("ncadsh100v5-series", "NCads_H100_v5", 2024);
var NCAST4_V3 = azure("ncast4v3-series", "NCasT4_v3", 2024);
var ND_A100_V4 = azure("ndasra100v4-series", "NDasrA100_v4", 2024);
var NDM_A100_V4 = azure("ndma100v4-series", "NDm_A100_v4", 2024);
var ND_H100_V5 = azure("ndh100v5-series", "ND-H100-v5", 2025);
var ND_H200_V5 = azure("nd-h200-v5-series", "ND-H200-v5", 2025);
var ND_MI300X_V5 = azure("ndmi300xv5-series", "ND-MI300X-v5", 2024);
var NVADS_A10_V5 = azure("nvadsa10v5-series", "NVadsA10_v5", 2024);
var ND_GB200_V6 = azure("nd-gb200-v6-series", "ND GB200-v6", 2025);
var NVADS_NOTE = `Microsoft: "Nvidia A10 GPU (24GB)", 1/6 to 2 GPUs; the smaller sizes get 1/6, 1/3 or 1/2 of one A10 (4, 8, 12 GB of its memory), and carbon-budget counts that share of the board's 150 W`;
var NCV3_NOTE = `Microsoft: "Nvidia Tesla V100 GPU (16GB)"; PCIe is carbon-budget's reading; the series was to be retired on 30 September 2025`;
var INSTANCE_TYPES = [
  // Amazon Web Services
  {
    provider: "aws",
    id: "p3.2xlarge",
    accelerator: "nvidia-v100-sxm2-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 61,
    cpu: "broadwell",
    source: AWS_EC2_GUIDE,
    note: P3_NOTE
  },
  {
    provider: "aws",
    id: "p3.8xlarge",
    accelerator: "nvidia-v100-sxm2-16gb",
    acceleratorsPerInstance: 4,
    vcpus: 32,
    memoryGiB: 244,
    cpu: "broadwell",
    source: AWS_EC2_GUIDE,
    note: P3_NOTE
  },
  {
    provider: "aws",
    id: "p3.16xlarge",
    accelerator: "nvidia-v100-sxm2-16gb",
    acceleratorsPerInstance: 8,
    vcpus: 64,
    memoryGiB: 488,
    cpu: "broadwell",
    source: AWS_EC2_GUIDE,
    note: P3_NOTE
  },
  {
    provider: "aws",
    id: "p3dn.24xlarge",
    accelerator: "nvidia-v100-sxm2-32gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 768,
    cpu: "skylake",
    source: AWS_EC2_GUIDE,
    note: "V100 32 GB per GPU (AWS Batch GPU-jobs table: 256 GiB across 8 GPUs); SXM2 because the guide says P3 supports NVLink"
  },
  {
    provider: "aws",
    id: "p4d.24xlarge",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1152,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: 'the guide: "NVIDIA A100 GPUs" with NVSwitch interconnect (hence SXM4); 40 GB per GPU from the RAPIDS deployment docs (secondary)'
  },
  {
    provider: "aws",
    id: "p4de.24xlarge",
    accelerator: "nvidia-a100-sxm4-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1152,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: 'the guide: "P4de instances offer NVIDIA 80GB-A100s GPUs"'
  },
  {
    provider: "aws",
    id: "p5.48xlarge",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 2048,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: "secondary: count, vCPUs and memory from torchx (also CCF); H100 from the AWS SDK release notes (aws-sdk-cpp 1.11.140, 2023); 80 GB from the RAPIDS deployment docs"
  },
  {
    provider: "aws",
    id: "p5e.48xlarge",
    accelerator: "nvidia-h200-sxm-141gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 2048,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: "secondary: count, vCPUs and memory from torchx (also CCF); H200 from third-party sources quoting the AWS P5 page, no AWS text seen"
  },
  {
    provider: "aws",
    id: "p5en.48xlarge",
    accelerator: "nvidia-h200-sxm-141gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 2048,
    source: TORCHX,
    note: "secondary: count, vCPUs and memory from torchx (also CCF); H200 141 GB as the AWS API reports it in dstack pull request 4110 (2026)"
  },
  {
    provider: "aws",
    id: "g5.xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 16,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.2xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 32,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.4xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 64,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.8xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 128,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.12xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 192,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.16xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 64,
    memoryGiB: 256,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.24xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 4,
    vcpus: 96,
    memoryGiB: 384,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g5.48xlarge",
    accelerator: "nvidia-a10g-24gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 768,
    cpu: "epyc-2nd-gen",
    source: AWS_EC2_GUIDE,
    note: G5_NOTE
  },
  {
    provider: "aws",
    id: "g6.xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 16,
    cpu: "epyc-3rd-gen",
    source: AWS_BATCH_GPU,
    note: G6_NOTE
  },
  {
    provider: "aws",
    id: "g6.2xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 32,
    cpu: "epyc-3rd-gen",
    source: AWS_BATCH_GPU,
    note: G6_NOTE
  },
  {
    provider: "aws",
    id: "g6.4xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 64,
    cpu: "epyc-3rd-gen",
    source: AWS_BATCH_GPU,
    note: G6_NOTE
  },
  {
    provider: "aws",
    id: "g6.8xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 128,
    cpu: "epyc-3rd-gen",
    source: AWS_BATCH_GPU,
    note: G6_NOTE
  },
  {
    provider: "aws",
    id: "g6.16xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 64,
    memoryGiB: 256,
    cpu: "epyc-3rd-gen",
    source: AWS_BATCH_GPU,
    note: G6_NOTE
  },
  {
    provider: "aws",
    id: "g6.12xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 192,
    cpu: "epyc-3rd-gen",
    source: AWS_BATCH_GPU,
    note: `${G6_NOTE}; ${CCF_AWS}`
  },
  {
    provider: "aws",
    id: "g6.24xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 4,
    vcpus: 96,
    memoryGiB: 384,
    cpu: "epyc-3rd-gen",
    source: RAPIDS_AWS,
    note: `secondary: count and L4 from the RAPIDS docs; ${CCF_AWS}`
  },
  {
    provider: "aws",
    id: "g6.48xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 768,
    cpu: "epyc-3rd-gen",
    source: RAPIDS_AWS,
    note: `secondary: count and L4 from the RAPIDS docs; ${CCF_AWS}`
  },
  {
    provider: "aws",
    id: "trn1.2xlarge",
    accelerator: "aws-trainium",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 32,
    source: NEURON_TRN1
  },
  {
    provider: "aws",
    id: "trn1.32xlarge",
    accelerator: "aws-trainium",
    acceleratorsPerInstance: 16,
    vcpus: 128,
    memoryGiB: 512,
    source: NEURON_TRN1
  },
  {
    provider: "aws",
    id: "trn1n.32xlarge",
    accelerator: "aws-trainium",
    acceleratorsPerInstance: 16,
    vcpus: 128,
    memoryGiB: 512,
    source: NEURON_TRN1
  },
  {
    provider: "aws",
    id: "inf2.xlarge",
    accelerator: "aws-inferentia2",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 16,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: INF2_NOTE
  },
  {
    provider: "aws",
    id: "inf2.8xlarge",
    accelerator: "aws-inferentia2",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 128,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: INF2_NOTE
  },
  {
    provider: "aws",
    id: "inf2.24xlarge",
    accelerator: "aws-inferentia2",
    acceleratorsPerInstance: 6,
    vcpus: 96,
    memoryGiB: 384,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: INF2_NOTE
  },
  {
    provider: "aws",
    id: "inf2.48xlarge",
    accelerator: "aws-inferentia2",
    acceleratorsPerInstance: 12,
    vcpus: 192,
    memoryGiB: 768,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: INF2_NOTE
  },
  {
    provider: "aws",
    id: "g6e.xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 32,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.2xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 64,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.4xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 128,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.8xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 256,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.16xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 1,
    vcpus: 64,
    memoryGiB: 512,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.12xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 384,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.24xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 4,
    vcpus: 96,
    memoryGiB: 768,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g6e.48xlarge",
    accelerator: "nvidia-l40s-48gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 1536,
    cpu: "epyc-3rd-gen",
    source: TORCHX,
    note: G6E_NOTE
  },
  {
    provider: "aws",
    id: "g4dn.xlarge",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 16,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE
  },
  {
    provider: "aws",
    id: "g4dn.2xlarge",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 32,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE
  },
  {
    provider: "aws",
    id: "g4dn.4xlarge",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 64,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE
  },
  {
    provider: "aws",
    id: "g4dn.8xlarge",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 128,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE
  },
  {
    provider: "aws",
    id: "g4dn.12xlarge",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 192,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE
  },
  {
    provider: "aws",
    id: "g4dn.16xlarge",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 64,
    memoryGiB: 256,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE
  },
  {
    provider: "aws",
    id: "g4dn.metal",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 384,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: G4DN_NOTE
  },
  {
    provider: "aws",
    id: "inf1.xlarge",
    accelerator: "aws-inferentia",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 8,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: INF1_NOTE
  },
  {
    provider: "aws",
    id: "inf1.2xlarge",
    accelerator: "aws-inferentia",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 16,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: INF1_NOTE
  },
  {
    provider: "aws",
    id: "inf1.6xlarge",
    accelerator: "aws-inferentia",
    acceleratorsPerInstance: 4,
    vcpus: 24,
    memoryGiB: 48,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: INF1_NOTE
  },
  {
    provider: "aws",
    id: "inf1.24xlarge",
    accelerator: "aws-inferentia",
    acceleratorsPerInstance: 16,
    vcpus: 96,
    memoryGiB: 192,
    cpu: "cascade-lake",
    source: AWS_EC2_GUIDE,
    note: INF1_NOTE
  },
  {
    provider: "aws",
    id: "p2.xlarge",
    accelerator: "nvidia-k80",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 61,
    cpu: "broadwell",
    source: AWS_EC2_GUIDE,
    note: P2_NOTE
  },
  {
    provider: "aws",
    id: "p2.8xlarge",
    accelerator: "nvidia-k80",
    acceleratorsPerInstance: 8,
    vcpus: 32,
    memoryGiB: 488,
    cpu: "broadwell",
    source: AWS_EC2_GUIDE,
    note: P2_NOTE
  },
  {
    provider: "aws",
    id: "p2.16xlarge",
    accelerator: "nvidia-k80",
    acceleratorsPerInstance: 16,
    vcpus: 64,
    memoryGiB: 732,
    cpu: "broadwell",
    source: AWS_EC2_GUIDE,
    note: P2_NOTE
  },
  {
    provider: "aws",
    id: "trn2.48xlarge",
    accelerator: "aws-trainium2",
    acceleratorsPerInstance: 16,
    vcpus: 192,
    memoryGiB: 2048,
    source: AWS_EC2_SPECS,
    note: 'AWS: "16 x AWS Trainium2 accelerators", Intel Xeon Sapphire Rapids (no host coefficients)'
  },
  {
    provider: "aws",
    id: "p5.4xlarge",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 256,
    cpu: "epyc-3rd-gen",
    source: AWS_EC2_SPECS,
    note: `AWS: "1 x NVIDIA H100 GPU", 80 GiB, AMD EPYC 7R13; SXM5 is carbon-budget's reading, as for p5.48xlarge`
  },
  {
    provider: "aws",
    id: "p6-b200.48xlarge",
    accelerator: "nvidia-b200-180gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 2048,
    source: AWS_EC2_SPECS,
    note: 'AWS: "8 x NVIDIA B200 GPU", 8 x 179 GiB, Intel Xeon Emerald Rapids (no host coefficients)'
  },
  {
    provider: "aws",
    id: "p6-b300.48xlarge",
    accelerator: "nvidia-b300-288gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 4096,
    source: AWS_EC2_SPECS,
    note: 'AWS: "8 x NVIDIA B300 GPU"; the B300 figure is system-level (a DGX B300 server / 8), host included'
  },
  {
    provider: "aws",
    id: "p6e-gb200.36xlarge",
    accelerator: "nvidia-gb200",
    acceleratorsPerInstance: 4,
    vcpus: 144,
    memoryGiB: 960,
    source: AWS_EC2_SPECS,
    note: 'AWS: "4 x NVIDIA B200 GPU" with Nvidia Grace CPUs; the GB200 figure is system-level (Grace included), so no host is modelled beside it'
  },
  {
    provider: "aws",
    id: "trn2.3xlarge",
    accelerator: "aws-trainium2",
    acceleratorsPerInstance: 1,
    vcpus: 12,
    memoryGiB: 128,
    source: AWS_EC2_SPECS,
    note: 'AWS: "1 x AWS Trainium2 accelerators", Intel Xeon Sapphire Rapids (no host coefficients)'
  },
  {
    provider: "aws",
    id: "g6f.large",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1 / 8,
    vcpus: 2,
    memoryGiB: 8,
    cpu: "epyc-3rd-gen",
    source: AWS_EC2_SPECS,
    note: `AWS: "0.125 x NVIDIA L4 GPU"; ${FRACTION_NOTE}`
  },
  {
    provider: "aws",
    id: "g6f.xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1 / 8,
    vcpus: 4,
    memoryGiB: 16,
    cpu: "epyc-3rd-gen",
    source: AWS_EC2_SPECS,
    note: `AWS: "0.125 x NVIDIA L4 GPU"; ${FRACTION_NOTE}`
  },
  {
    provider: "aws",
    id: "g6f.2xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1 / 4,
    vcpus: 8,
    memoryGiB: 32,
    cpu: "epyc-3rd-gen",
    source: AWS_EC2_SPECS,
    note: `AWS: "0.25 x NVIDIA L4 GPU"; ${FRACTION_NOTE}`
  },
  {
    provider: "aws",
    id: "g6f.4xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1 / 2,
    vcpus: 16,
    memoryGiB: 64,
    cpu: "epyc-3rd-gen",
    source: AWS_EC2_SPECS,
    note: `AWS: "0.5 x NVIDIA L4 GPU"; ${FRACTION_NOTE}`
  },
  {
    provider: "aws",
    id: "gr6.4xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 128,
    cpu: "epyc-3rd-gen",
    source: AWS_EC2_SPECS,
    note: 'AWS: "1 x NVIDIA L4 GPU", AMD EPYC 7R13'
  },
  {
    provider: "aws",
    id: "gr6.8xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 256,
    cpu: "epyc-3rd-gen",
    source: AWS_EC2_SPECS,
    note: 'AWS: "1 x NVIDIA L4 GPU", AMD EPYC 7R13'
  },
  {
    provider: "aws",
    id: "gr6f.4xlarge",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1 / 2,
    vcpus: 16,
    memoryGiB: 128,
    cpu: "epyc-3rd-gen",
    source: AWS_EC2_SPECS,
    note: `AWS: "0.5 x NVIDIA L4 GPU"; ${FRACTION_NOTE}`
  },
  {
    provider: "aws",
    id: "g7e.2xlarge",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 64,
    source: AWS_EC2_SPECS,
    note: 'AWS: "NVIDIA RTX PRO Server 6000 GPU", 96 GiB each, Intel Xeon Emerald Rapids (no host coefficients)'
  },
  {
    provider: "aws",
    id: "g7e.4xlarge",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 128,
    source: AWS_EC2_SPECS,
    note: 'AWS: "NVIDIA RTX PRO Server 6000 GPU", 96 GiB each, Intel Xeon Emerald Rapids (no host coefficients)'
  },
  {
    provider: "aws",
    id: "g7e.8xlarge",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 256,
    source: AWS_EC2_SPECS,
    note: 'AWS: "NVIDIA RTX PRO Server 6000 GPU", 96 GiB each, Intel Xeon Emerald Rapids (no host coefficients)'
  },
  {
    provider: "aws",
    id: "g7e.12xlarge",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 2,
    vcpus: 48,
    memoryGiB: 512,
    source: AWS_EC2_SPECS,
    note: 'AWS: "NVIDIA RTX PRO Server 6000 GPU", 96 GiB each, Intel Xeon Emerald Rapids (no host coefficients)'
  },
  {
    provider: "aws",
    id: "g7e.24xlarge",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 4,
    vcpus: 96,
    memoryGiB: 1024,
    source: AWS_EC2_SPECS,
    note: 'AWS: "NVIDIA RTX PRO Server 6000 GPU", 96 GiB each, Intel Xeon Emerald Rapids (no host coefficients)'
  },
  {
    provider: "aws",
    id: "g7e.48xlarge",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 8,
    vcpus: 192,
    memoryGiB: 2048,
    source: AWS_EC2_SPECS,
    note: 'AWS: "NVIDIA RTX PRO Server 6000 GPU", 96 GiB each, Intel Xeon Emerald Rapids (no host coefficients)'
  },
  // Google Cloud
  {
    provider: "gcp",
    id: "a2-highgpu-1g",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 1,
    vcpus: 12,
    memoryGiB: 85,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2_NOTE
  },
  {
    provider: "gcp",
    id: "a2-highgpu-2g",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 2,
    vcpus: 24,
    memoryGiB: 170,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2_NOTE
  },
  {
    provider: "gcp",
    id: "a2-highgpu-4g",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 340,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2_NOTE
  },
  {
    provider: "gcp",
    id: "a2-highgpu-8g",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 680,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2_NOTE
  },
  {
    provider: "gcp",
    id: "a2-megagpu-16g",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 16,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: `Cluster Toolkit gpu_definition.tf (2023) maps megagpu to nvidia-tesla-a100, the 40 GB A100 (ultragpu to nvidia-a100-80gb), count from the "-16g" suffix; SXM4 is carbon-budget's reading; vCPUs and memory not found in a citable source`
  },
  {
    provider: "gcp",
    id: "a2-ultragpu-1g",
    accelerator: "nvidia-a100-sxm4-80gb",
    acceleratorsPerInstance: 1,
    vcpus: 12,
    memoryGiB: 170,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: `toolkit: a100-80gb-1 is a2-ultragpu-1g; SXM4 is carbon-budget's reading; vCPUs from ${CCF_GCP}; memory 170 GB, half of a2-ultragpu-2g's 340 GB, as Google's A2 table gives it (read in a third-party copy of the table; CCF's 85 GB is the a2-highgpu-1g figure)`
  },
  {
    provider: "gcp",
    id: "a2-ultragpu-2g",
    accelerator: "nvidia-a100-sxm4-80gb",
    acceleratorsPerInstance: 2,
    vcpus: 24,
    memoryGiB: 340,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2U_NOTE
  },
  {
    provider: "gcp",
    id: "a2-ultragpu-4g",
    accelerator: "nvidia-a100-sxm4-80gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 680,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2U_NOTE
  },
  {
    provider: "gcp",
    id: "a2-ultragpu-8g",
    accelerator: "nvidia-a100-sxm4-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1360,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: A2U_NOTE
  },
  {
    provider: "gcp",
    id: "a3-highgpu-1g",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 1,
    vcpus: 26,
    memoryGiB: 234,
    source: GCP_TOOLKIT,
    note: A3_NOTE
  },
  {
    provider: "gcp",
    id: "a3-highgpu-2g",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 2,
    vcpus: 52,
    memoryGiB: 468,
    source: GCP_TOOLKIT,
    note: A3_NOTE
  },
  {
    provider: "gcp",
    id: "a3-highgpu-4g",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 4,
    vcpus: 104,
    memoryGiB: 936,
    source: GCP_TOOLKIT,
    note: A3_NOTE
  },
  {
    provider: "gcp",
    id: "a3-highgpu-8g",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 208,
    memoryGiB: 1872,
    source: GCP_TOOLKIT,
    note: A3_NOTE
  },
  {
    provider: "gcp",
    id: "a3-megagpu-8g",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 208,
    memoryGiB: 1872,
    source: GCP_TOOLKIT,
    note: `toolkit: h100-mega-80gb-8 is a3-megagpu-8g ("H100 Mega" is Google's name for the A3 Mega machine's H100 80 GB); SXM5 is carbon-budget's reading; ${CCF_GCP}`
  },
  {
    provider: "gcp",
    id: "a3-ultragpu-8g",
    accelerator: "nvidia-h200-sxm-141gb",
    acceleratorsPerInstance: 8,
    vcpus: 224,
    memoryGiB: 2952,
    source: GCP_TOOLKIT,
    note: `toolkit: h200-141gb-8 is a3-ultragpu-8g (Cluster Toolkit v1.44.1 release: "8 NVIDIA H200 GPUs"); ${CCF_GCP}`
  },
  {
    provider: "gcp",
    id: "g2-standard-4",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 16,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: G2_ONE
  },
  {
    provider: "gcp",
    id: "g2-standard-8",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 32,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: G2_ONE
  },
  {
    provider: "gcp",
    id: "g2-standard-12",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 12,
    memoryGiB: 48,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: `toolkit: l4-1 is g2-standard-12; ${CCF_GCP}`
  },
  {
    provider: "gcp",
    id: "g2-standard-16",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 64,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: G2_ONE
  },
  {
    provider: "gcp",
    id: "g2-standard-24",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 2,
    vcpus: 24,
    memoryGiB: 96,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: `toolkit: l4-2 is g2-standard-24; ${CCF_GCP}`
  },
  {
    provider: "gcp",
    id: "g2-standard-32",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 32,
    memoryGiB: 128,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: G2_ONE
  },
  {
    provider: "gcp",
    id: "g2-standard-48",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 4,
    vcpus: 48,
    memoryGiB: 192,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: `toolkit: l4-4 is g2-standard-48; ${CCF_GCP}`
  },
  {
    provider: "gcp",
    id: "g2-standard-96",
    accelerator: "nvidia-l4-24gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 384,
    cpu: "cascade-lake",
    source: GCP_TOOLKIT,
    note: `toolkit: l4-8 is g2-standard-96; ${CCF_GCP}`
  },
  {
    provider: "gcp",
    id: "a4-highgpu-8g",
    accelerator: "nvidia-b200-180gb",
    acceleratorsPerInstance: 8,
    source: GCP_TOOLKIT_2026,
    note: "toolkit: b200-8 is a4-highgpu-8g, and the a4-highgpu family carries nvidia-b200; the HGX B200 board is carbon-budget's reading"
  },
  {
    provider: "gcp",
    id: "a4x-highgpu-4g",
    accelerator: "nvidia-gb200",
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: "toolkit: gb200-4 is a4x-highgpu-4g; the GB200 figure is system-level (Grace CPUs included), so no host is modelled beside it"
  },
  {
    provider: "gcp",
    id: "ct4p-hightpu-4t",
    accelerator: "google-tpu-v4",
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: 'toolkit: v4-8 is ct4p-hightpu-4t; 4 chips, from the "-4t" suffix'
  },
  {
    provider: "gcp",
    id: "ct5p-hightpu-4t",
    accelerator: "google-tpu-v5p",
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: 'toolkit: v5p-8 is ct5p-hightpu-4t; 4 chips, from the "-4t" suffix'
  },
  {
    provider: "gcp",
    id: "ct5lp-hightpu-1t",
    accelerator: "google-tpu-v5e",
    acceleratorsPerInstance: 1,
    source: GCP_TOOLKIT_2026,
    note: "toolkit: v5litepod-1 is ct5lp-hightpu-1t"
  },
  {
    provider: "gcp",
    id: "ct5lp-hightpu-4t",
    accelerator: "google-tpu-v5e",
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: "toolkit: v5litepod-4 is ct5lp-hightpu-4t"
  },
  {
    provider: "gcp",
    id: "ct5lp-hightpu-8t",
    accelerator: "google-tpu-v5e",
    acceleratorsPerInstance: 8,
    source: GCP_TOOLKIT_2026,
    note: "toolkit: v5litepod-8 is ct5lp-hightpu-8t"
  },
  {
    provider: "gcp",
    id: "ct6e-standard-1t",
    accelerator: "google-tpu-v6e",
    acceleratorsPerInstance: 1,
    source: GCP_TOOLKIT_2026,
    note: "toolkit: v6e-1 is ct6e-standard-1t"
  },
  {
    provider: "gcp",
    id: "ct6e-standard-4t",
    accelerator: "google-tpu-v6e",
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: "toolkit: v6e-4 is ct6e-standard-4t"
  },
  {
    provider: "gcp",
    id: "ct6e-standard-8t",
    accelerator: "google-tpu-v6e",
    acceleratorsPerInstance: 8,
    source: GCP_TOOLKIT_2026,
    note: "toolkit: v6e-8 is ct6e-standard-8t"
  },
  {
    provider: "gcp",
    id: "tpu7x-standard-4t",
    accelerator: "google-tpu-v7",
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: 'toolkit: tpu7x is tpu7x-standard-4t; 4 chips, from the "-4t" suffix'
  },
  {
    provider: "gcp",
    id: "g4-standard-6",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 1 / 8,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-1/8 is g4-standard-6; ${G4_NOTE}`
  },
  {
    provider: "gcp",
    id: "g4-standard-12",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 1 / 4,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-1/4 is g4-standard-12; ${G4_NOTE}`
  },
  {
    provider: "gcp",
    id: "g4-standard-24",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 1 / 2,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-1/2 is g4-standard-24; ${G4_NOTE}`
  },
  {
    provider: "gcp",
    id: "g4-standard-48",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 1,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-1 is g4-standard-48; ${G4_NOTE}`
  },
  {
    provider: "gcp",
    id: "g4-standard-96",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 2,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-2 is g4-standard-96; ${G4_NOTE}`
  },
  {
    provider: "gcp",
    id: "g4-standard-192",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 4,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-4 is g4-standard-192; ${G4_NOTE}`
  },
  {
    provider: "gcp",
    id: "g4-standard-384",
    accelerator: "nvidia-rtx-pro-6000-96gb",
    acceleratorsPerInstance: 8,
    source: GCP_TOOLKIT_2026,
    note: `toolkit: rtx-6000-8 is g4-standard-384; ${G4_NOTE}`
  },
  // Microsoft Azure
  {
    provider: "azure",
    id: "Standard_NC6s_v3",
    accelerator: "nvidia-v100-pcie-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 6,
    memoryGiB: 112,
    cpu: "broadwell",
    source: NCV3,
    note: NCV3_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NC12s_v3",
    accelerator: "nvidia-v100-pcie-16gb",
    acceleratorsPerInstance: 2,
    vcpus: 12,
    memoryGiB: 224,
    cpu: "broadwell",
    source: NCV3,
    note: NCV3_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NC24s_v3",
    accelerator: "nvidia-v100-pcie-16gb",
    acceleratorsPerInstance: 4,
    vcpus: 24,
    memoryGiB: 448,
    cpu: "broadwell",
    source: NCV3,
    note: NCV3_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NC24rs_v3",
    accelerator: "nvidia-v100-pcie-16gb",
    acceleratorsPerInstance: 4,
    vcpus: 24,
    memoryGiB: 448,
    cpu: "broadwell",
    source: NCV3,
    note: NCV3_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NC24ads_A100_v4",
    accelerator: "nvidia-a100-pcie-80gb",
    acceleratorsPerInstance: 1,
    vcpus: 24,
    memoryGiB: 220,
    cpu: "epyc-3rd-gen",
    source: NC_A100_V4,
    note: 'Microsoft: "Nvidia PCIe A100 GPU (80GB)"'
  },
  {
    provider: "azure",
    id: "Standard_NC48ads_A100_v4",
    accelerator: "nvidia-a100-pcie-80gb",
    acceleratorsPerInstance: 2,
    vcpus: 48,
    memoryGiB: 440,
    cpu: "epyc-3rd-gen",
    source: NC_A100_V4,
    note: 'Microsoft: "Nvidia PCIe A100 GPU (80GB)"'
  },
  {
    provider: "azure",
    id: "Standard_NC96ads_A100_v4",
    accelerator: "nvidia-a100-pcie-80gb",
    acceleratorsPerInstance: 4,
    vcpus: 96,
    memoryGiB: 880,
    cpu: "epyc-3rd-gen",
    source: NC_A100_V4,
    note: 'Microsoft: "Nvidia PCIe A100 GPU (80GB)"'
  },
  {
    provider: "azure",
    id: "Standard_NC40ads_H100_v5",
    accelerator: "nvidia-h100-nvl-94gb",
    acceleratorsPerInstance: 1,
    vcpus: 40,
    memoryGiB: 320,
    source: NCADS_H100_V5,
    note: 'Microsoft: "Nvidia PCIe H100 GPU (94GB)", the H100 NVL board'
  },
  {
    provider: "azure",
    id: "Standard_NC80adis_H100_v5",
    accelerator: "nvidia-h100-nvl-94gb",
    acceleratorsPerInstance: 2,
    vcpus: 80,
    memoryGiB: 640,
    source: NCADS_H100_V5,
    note: 'Microsoft: "Nvidia PCIe H100 GPU (94GB)", the H100 NVL board'
  },
  {
    provider: "azure",
    id: "Standard_NC4as_T4_v3",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 4,
    memoryGiB: 28,
    cpu: "epyc-2nd-gen",
    source: NCAST4_V3
  },
  {
    provider: "azure",
    id: "Standard_NC8as_T4_v3",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 8,
    memoryGiB: 56,
    cpu: "epyc-2nd-gen",
    source: NCAST4_V3
  },
  {
    provider: "azure",
    id: "Standard_NC16as_T4_v3",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 1,
    vcpus: 16,
    memoryGiB: 110,
    cpu: "epyc-2nd-gen",
    source: NCAST4_V3
  },
  {
    provider: "azure",
    id: "Standard_NC64as_T4_v3",
    accelerator: "nvidia-t4-16gb",
    acceleratorsPerInstance: 4,
    vcpus: 64,
    memoryGiB: 440,
    cpu: "epyc-2nd-gen",
    source: NCAST4_V3
  },
  {
    provider: "azure",
    id: "Standard_ND96asr_v4",
    accelerator: "nvidia-a100-sxm4-40gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 900,
    cpu: "epyc-2nd-gen",
    source: ND_A100_V4,
    note: `ND A100 v4. Microsoft: "Nvidia A100 GPU (40GB)"; SXM4 is carbon-budget's reading`
  },
  {
    provider: "azure",
    id: "Standard_ND96amsr_A100_v4",
    accelerator: "nvidia-a100-sxm4-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1900,
    cpu: "epyc-2nd-gen",
    source: NDM_A100_V4,
    note: `NDm A100 v4. Microsoft: "Nvidia A100 GPU (80GB)"; SXM4 is carbon-budget's reading`
  },
  {
    provider: "azure",
    id: "Standard_ND96isr_H100_v5",
    accelerator: "nvidia-h100-sxm5-80gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1900,
    source: ND_H100_V5,
    note: `Microsoft: "Nvidia H100 GPU (80GB)"; SXM5 is carbon-budget's reading`
  },
  {
    provider: "azure",
    id: "Standard_ND96isr_H200_v5",
    accelerator: "nvidia-h200-sxm-141gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1850,
    source: ND_H200_V5,
    note: `Microsoft: "Nvidia H200 GPU (141GB)"; SXM is carbon-budget's reading`
  },
  {
    provider: "azure",
    id: "Standard_ND96isr_MI300X_v5",
    accelerator: "amd-mi300x-192gb",
    acceleratorsPerInstance: 8,
    vcpus: 96,
    memoryGiB: 1850,
    source: ND_MI300X_V5,
    note: 'Microsoft: "AMD Instinct MI300X GPU (192GB)"'
  },
  {
    provider: "azure",
    id: "Standard_NV6ads_A10_v5",
    accelerator: "nvidia-a10-24gb",
    acceleratorsPerInstance: 1 / 6,
    vcpus: 6,
    memoryGiB: 55,
    cpu: "epyc-3rd-gen",
    source: NVADS_A10_V5,
    note: NVADS_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NV12ads_A10_v5",
    accelerator: "nvidia-a10-24gb",
    acceleratorsPerInstance: 1 / 3,
    vcpus: 12,
    memoryGiB: 110,
    cpu: "epyc-3rd-gen",
    source: NVADS_A10_V5,
    note: NVADS_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NV18ads_A10_v5",
    accelerator: "nvidia-a10-24gb",
    acceleratorsPerInstance: 1 / 2,
    vcpus: 18,
    memoryGiB: 220,
    cpu: "epyc-3rd-gen",
    source: NVADS_A10_V5,
    note: NVADS_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NV36ads_A10_v5",
    accelerator: "nvidia-a10-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 36,
    memoryGiB: 440,
    cpu: "epyc-3rd-gen",
    source: NVADS_A10_V5,
    note: NVADS_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NV36adms_A10_v5",
    accelerator: "nvidia-a10-24gb",
    acceleratorsPerInstance: 1,
    vcpus: 36,
    memoryGiB: 880,
    cpu: "epyc-3rd-gen",
    source: NVADS_A10_V5,
    note: NVADS_NOTE
  },
  {
    provider: "azure",
    id: "Standard_NV72ads_A10_v5",
    accelerator: "nvidia-a10-24gb",
    acceleratorsPerInstance: 2,
    vcpus: 72,
    memoryGiB: 880,
    cpu: "epyc-3rd-gen",
    source: NVADS_A10_V5,
    note: NVADS_NOTE
  },
  {
    provider: "azure",
    id: "Standard_ND128isr_NDR_GB200_v6",
    accelerator: "nvidia-gb200",
    acceleratorsPerInstance: 4,
    vcpus: 128,
    memoryGiB: 900,
    source: ND_GB200_V6,
    note: "Microsoft: 4 accelerators, 192 GB each; the GB200 figure is system-level (Grace CPUs included), so no host is modelled beside it"
  }
];

// src/catalog/data/accelerators.ts
var FACT = "factual figure quoted from the vendor datasheet";
var V100 = {
  title: "NVIDIA Tesla V100 GPU Accelerator datasheet",
  publisher: "NVIDIA",
  url: "https://images.nvidia.com/content/technologies/volta/pdf/tesla-volta-v100-datasheet-letter-fnl-web.pdf",
  year: 2018,
  licence: FACT
};
var A100 = {
  title: "NVIDIA A100 Tensor Core GPU datasheet",
  publisher: "NVIDIA",
  url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf",
  year: 2021,
  licence: FACT
};
var H100 = {
  title: "NVIDIA H100 Tensor Core GPU datasheet",
  publisher: "NVIDIA",
  url: "https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet",
  year: 2023,
  licence: FACT
};
var H200 = {
  title: "NVIDIA H200 Tensor Core GPU datasheet",
  publisher: "NVIDIA",
  url: "https://resources.nvidia.com/en-us-data-center-overview-mc/en-us-data-center-overview/hpc-datasheet-sc23-h200",
  year: 2024,
  licence: FACT
};
var L4 = {
  title: "NVIDIA L4 Tensor Core GPU datasheet",
  publisher: "NVIDIA",
  url: "https://resources.nvidia.com/en-us-data-center-overview/l4-gpu-datasheet",
  year: 2023,
  licence: FACT
};
var L40S = {
  title: "NVIDIA L40S GPU datasheet",
  publisher: "NVIDIA",
  url: "https://resources.nvidia.com/en-us-l40s/l40s-datasheet-28413",
  year: 2023,
  licence: FACT
};
var T4 = {
  title: "NVIDIA T4 Tensor Core GPU datasheet",
  publisher: "NVIDIA",
  url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/tesla-t4/t4-tensor-core-datasheet-951643.pdf",
  year: 2019,
  licence: FACT
};
var A10 = {
  title: "NVIDIA A10 Tensor Core GPU datasheet",
  publisher: "NVIDIA",
  url: "https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a10/pdf/a10-datasheet.pdf",
  year: 2021,
  licence: FACT
};
var A10G = {
  title: "nvidia-smi power limit reported on Amazon EC2 G5 instances (NVIDIA publishes no A10G datasheet)",
  publisher: "AWS / NVIDIA driver, as observed",
  url: "https://aws.amazon.com/ec2/instance-types/g5/",
  year: 2023,
  licence: "observed device value"
};
var H100_NVL = {
  title: "NVIDIA H100 NVL product brief / H100 datasheet",
  publisher: "NVIDIA",
  url: "https://www.nvidia.com/en-us/data-center/h100/",
  year: 2023,
  licence: FACT
};
var H200_NVL = { ...H200, title: "NVIDIA H200 Tensor Core GPU datasheet (H200 NVL column)" };
var B200 = {
  title: "NVIDIA Blackwell datasheet (HGX B200)",
  publisher: "NVIDIA",
  url: "https://resources.nvidia.com/en-us-blackwell-architecture/datasheet",
  year: 2024,
  licence: FACT
};
var MI300X = {
  title: "AMD Instinct MI300X accelerator specifications",
  publisher: "AMD",
  url: "https://www.amd.com/en/products/accelerators/instinct/mi300/mi300x.html",
  year: 2023,
  licence: FACT
};
var GOOGLE_TPU_V4 = {
  title: 'Cloud TPU documentation: TPU v4 (key specifications: "Measured min/mean/max power 90/170/192 W")',
  publisher: "Google Cloud",
  url: "https://cloud.google.com/tpu/docs/v4",
  year: 2026,
  licence: "factual figure quoted from the provider documentation"
};
var googleTpu = (version) => ({
  title: `Cloud TPU documentation: TPU ${version} (the specifications give no power figure)`,
  publisher: "Google Cloud",
  url: `https://cloud.google.com/tpu/docs/${version}`,
  year: 2026,
  licence: "factual figures quoted from the provider documentation"
});
var neuron = (chip) => ({
  title: `AWS Neuron documentation: ${chip} architecture (compute and memory; no power figure)`,
  publisher: "Amazon Web Services",
  url: `https://awsdocs-neuron.readthedocs-hosted.com/en/latest/general/arch/neuron-hardware/${chip.toLowerCase()}.html`,
  year: 2026,
  licence: "factual figures quoted from the provider documentation"
});
var GAUDI_HOT_CHIPS = {
  title: 'Intel Gaudi 3 AI Accelerator: Architected for Gen AI Training and Inference (Hot Chips 2024), "TDP (OAM)" row; secondary: read in a third-party copy of the slides',
  publisher: "Intel",
  url: "https://www.sgpjbg.com/baogao/465025.html",
  year: 2024,
  licence: "factual figure quoted"
};
var GAUDI3_HL_SMI = {
  title: 'Intel Gaudi documentation: System Management Interface Tool (hl-smi), "For Gaudi 3: \u2026 Maximum power limit: 850W"',
  publisher: "Intel",
  url: "https://docs.habana.ai/en/latest/Management_and_Monitoring/Embedded_System_Tools_Guide/System_Management_Interface_Tool.html",
  year: 2026,
  licence: "factual figure quoted from the vendor documentation"
};
var GH200 = {
  title: 'NVIDIA GH200 Grace Hopper Superchip datasheet, "Power (Memory + CPU + GPU): Configurable 450 to 1000W"; secondary: read in a transcription of the datasheet',
  publisher: "NVIDIA",
  url: "https://nvdam.widen.net/s/rrgqqnpbz8/grace-datasheet-gh200-grace-hopper-superchip-3773000",
  year: 2024,
  licence: "factual figure quoted"
};
var MI250X = {
  title: "AMD Instinct MI250X product page: 500 W TDP, 560 W peak total board power; secondary: quoted by third parties, the AMD page not read",
  publisher: "AMD",
  url: "https://www.amd.com/en/products/accelerators/instinct/mi200/mi250x.html",
  year: 2021,
  licence: "factual figure quoted"
};
var secondary = (title, publisher, url, year, readIn) => ({
  title: `${title}; secondary: read in ${readIn}`,
  publisher,
  url,
  year,
  licence: "factual figure quoted"
});
var K80 = secondary(
  "NVIDIA Tesla K80 board specification (BD-07317-001): two GK210 GPUs with 12 GB each, TDP 300 W per board",
  "NVIDIA",
  "https://www.anandtech.com/show/8729/nvidia-launches-tesla-k80-gk210-gpu",
  2014,
  `AnandTech's launch table ("TDP 300W"); ComputerBase gives "Max. Power 300 W"`
);
var P100 = secondary(
  "NVIDIA Tesla P100 PCIe (12 GB and 16 GB HBM2): 250 W",
  "NVIDIA",
  "https://github.com/Cambridge-Sustainable-Computing-Lab/Green-Algorithms-data/blob/4a0c3fc736b13b301faa03b840031fba9f464324/v3.1/chips/manual/GPUs-manual.csv",
  2016,
  "Green Algorithms' GPU table v3.1 (from TechPowerUp); ML CO2 Impact's data/gpus.csv also gives 250 W"
);
var A40 = secondary(
  'NVIDIA A40 datasheet: "Max power consumption 300 W", 48 GB GDDR6',
  "NVIDIA",
  "https://www.ecer.com/corp/details-uuuedqa-p1bsay9-multi-display-setups-supported-by-48gb-gddr6-ecc-memory-nvidia-a40-gpu-and-vga-outputs.html",
  2021,
  "a reseller's copy of the datasheet table"
);
var L40 = secondary(
  'NVIDIA L40 / L40S datasheet: "Max Power Consumption 300W | 350W", 48 GB GDDR6',
  "NVIDIA",
  "https://www.mullet.se/product.html?product_id=355414",
  2022,
  "a reseller's copy of NVIDIA's L40/L40S table"
);
var RTX_6000_ADA = secondary(
  "NVIDIA RTX 6000 Ada Generation: 48 GB GDDR6, limited to 300 W",
  "NVIDIA",
  "https://www.heise.de/news/Nvidia-RTX-6000-Die-schnellere-GeForce-RTX-4090-mit-doppelt-Speicher-7363725.html",
  2022,
  "heise online (December 2022), from NVIDIA's and its board partners' specifications"
);
var RTX_PRO_6000 = secondary(
  "NVIDIA RTX PRO 6000 Blackwell: 96 GB GDDR7, 600 W board power",
  "NVIDIA",
  "https://hardware-corner.net/rtx-5090-vs-rtx-pro-6000-spec-comparison-20250321",
  2025,
  "Hardware Corner (March 2025); VideoCardz also gives 600 W"
);
var H20 = secondary(
  "NVIDIA H20: 96 GB HBM3, 400 W TDP",
  "NVIDIA",
  "https://www.tweaktown.com/news/95224/nvidias-tweaked-h20-ai-gpu-enters-mass-production-in-q2-2024-destined-for-china/index.html",
  2024,
  "TweakTown, from NVIDIA's detailed specifications"
);
var DGX_B300 = secondary(
  "NVIDIA DGX B300 documentation: system power 14.5 kW for 8 B300 GPUs (DGX B200: 14.3 kW)",
  "NVIDIA",
  "https://thedailyscout.com/s/mS-qfkbCluI",
  2025,
  "a report quoting NVIDIA's DGX documentation (docs.nvidia.com)"
);
var GB200_NVL72 = secondary(
  "NVIDIA GB200 NVL72: 72 Blackwell GPUs and 36 Grace CPUs in one rack drawing about 120 kW",
  "NVIDIA",
  "https://awesomeagents.ai/hardware/nvidia-gb200-nvl72",
  2025,
  'a rack-scale specification summary ("~120kW power draw")'
);
var GB300_NVL72 = secondary(
  "NVIDIA GB300 NVL72: 72 Blackwell Ultra GPUs and 36 Grace CPUs in one rack drawing about 120 kW",
  "NVIDIA",
  "https://introl.com/blog/why-nvidia-gb300-nvl72-blackwell-ultra-matters",
  2025,
  `Introl's deployment notes ("draws approximately 120 kW", NVIDIA 2025)`
);
var MI210 = secondary(
  "AMD Instinct MI210 (PCIe): 64 GB HBM2e, 300 W TDP",
  "AMD",
  "https://www.anandtech.com/show/17326/amd-releases-instinct-mi210-accelerator-cdna-2-on-a-pcie-card",
  2022,
  "AnandTech's launch table (March 2022)"
);
var MI350 = secondary(
  "AMD Instinct MI350 series: 288 GB HBM3E; MI350X 1,000 W and MI355X 1,400 W",
  "AMD",
  "https://www.tomshardware.com/pc-components/gpus/amds-instinct-mi355x-accelerator-will-consume-1-400-watts",
  2025,
  "Tom's Hardware (June 2025), reporting AMD at ISC 2025; The Register gives the same"
);
var PATTERSON_2021 = {
  title: 'Patterson et al. 2021, "Carbon Emissions and Large Neural Network Training", Table 4: measured average system power per processor (TPU v2: 208 W; TPU v3: 310, 289, 288 and 245 W)',
  publisher: "Google / UC Berkeley (arXiv:2104.10350)",
  url: "https://arxiv.org/abs/2104.10350",
  year: 2021,
  licence: "factual figure quoted from the paper"
};
var IRONWOOD = secondary(
  "Google Ironwood (TPU v7) at Hot Chips 2025: up to 9,216 chips per pod, 10 MW",
  "Google",
  "https://afnnews.qaasid.com/143260",
  2025,
  'a republished live report of the Hot Chips 2025 talk ("with 10MW of power consumption")'
);
var NO_POWER = "the vendor publishes no power figure: give the measured average draw per chip with `power`";
var ACCELERATORS = [
  {
    id: "nvidia-v100-sxm2-16gb",
    aliases: ["Tesla V100-SXM2-16GB"],
    name: "NVIDIA V100 SXM2 16 GB",
    vendor: "NVIDIA",
    memoryGb: 16,
    tdpW: 300,
    source: V100
  },
  {
    id: "nvidia-v100-sxm2-32gb",
    aliases: ["Tesla V100-SXM2-32GB"],
    name: "NVIDIA V100 SXM2 32 GB",
    vendor: "NVIDIA",
    memoryGb: 32,
    tdpW: 300,
    source: V100
  },
  {
    id: "nvidia-v100-pcie-16gb",
    aliases: ["Tesla V100-PCIE-16GB"],
    name: "NVIDIA V100 PCIe 16 GB",
    vendor: "NVIDIA",
    memoryGb: 16,
    tdpW: 250,
    source: V100
  },
  {
    id: "nvidia-v100-pcie-32gb",
    aliases: ["Tesla V100-PCIE-32GB"],
    name: "NVIDIA V100 PCIe 32 GB",
    vendor: "NVIDIA",
    memoryGb: 32,
    tdpW: 250,
    source: V100
  },
  {
    id: "nvidia-a100-sxm4-40gb",
    aliases: ["NVIDIA A100-SXM4-40GB"],
    name: "NVIDIA A100 SXM4 40 GB",
    vendor: "NVIDIA",
    memoryGb: 40,
    tdpW: 400,
    source: A100
  },
  {
    id: "nvidia-a100-sxm4-80gb",
    aliases: ["NVIDIA A100-SXM4-80GB"],
    name: "NVIDIA A100 SXM4 80 GB",
    vendor: "NVIDIA",
    memoryGb: 80,
    tdpW: 400,
    source: A100
  },
  {
    id: "nvidia-a100-pcie-40gb",
    aliases: ["NVIDIA A100-PCIE-40GB"],
    name: "NVIDIA A100 PCIe 40 GB",
    vendor: "NVIDIA",
    memoryGb: 40,
    tdpW: 250,
    source: A100
  },
  {
    id: "nvidia-a100-pcie-80gb",
    aliases: ["NVIDIA A100 80GB PCIe"],
    name: "NVIDIA A100 PCIe 80 GB",
    vendor: "NVIDIA",
    memoryGb: 80,
    tdpW: 300,
    source: A100
  },
  {
    id: "nvidia-h100-sxm5-80gb",
    aliases: ["NVIDIA H100 80GB HBM3"],
    name: "NVIDIA H100 SXM5 80 GB",
    vendor: "NVIDIA",
    memoryGb: 80,
    tdpW: 700,
    source: H100,
    note: "datasheet: up to 700 W (configurable)"
  },
  {
    id: "nvidia-h100-pcie-80gb",
    aliases: ["NVIDIA H100 PCIe"],
    name: "NVIDIA H100 PCIe 80 GB",
    vendor: "NVIDIA",
    memoryGb: 80,
    tdpW: 350,
    source: H100,
    note: "datasheet: 300-350 W (configurable); the maximum is used"
  },
  {
    id: "nvidia-h100-nvl-94gb",
    aliases: ["NVIDIA H100 NVL"],
    name: "NVIDIA H100 NVL 94 GB",
    vendor: "NVIDIA",
    memoryGb: 94,
    tdpW: 400,
    source: H100_NVL,
    note: "datasheet: 350-400 W (configurable); the maximum is used"
  },
  {
    id: "nvidia-h200-sxm-141gb",
    aliases: ["NVIDIA H200"],
    name: "NVIDIA H200 SXM 141 GB",
    vendor: "NVIDIA",
    memoryGb: 141,
    tdpW: 700,
    source: H200,
    note: "datasheet: up to 700 W (configurable)"
  },
  {
    id: "nvidia-h200-nvl-141gb",
    aliases: ["NVIDIA H200 NVL"],
    name: "NVIDIA H200 NVL 141 GB",
    vendor: "NVIDIA",
    memoryGb: 141,
    tdpW: 600,
    source: H200_NVL,
    note: "datasheet: up to 600 W (configurable)"
  },
  {
    id: "nvidia-b200-180gb",
    aliases: ["NVIDIA B200"],
    name: "NVIDIA B200 180 GB (HGX)",
    vendor: "NVIDIA",
    memoryGb: 180,
    tdpW: 1e3,
    source: B200,
    note: "HGX B200 configuration; up to 1,200 W in GB200 systems"
  },
  {
    id: "nvidia-l4-24gb",
    aliases: ["NVIDIA L4"],
    name: "NVIDIA L4 24 GB",
    vendor: "NVIDIA",
    memoryGb: 24,
    tdpW: 72,
    source: L4
  },
  {
    id: "nvidia-l40s-48gb",
    aliases: ["NVIDIA L40S"],
    name: "NVIDIA L40S 48 GB",
    vendor: "NVIDIA",
    memoryGb: 48,
    tdpW: 350,
    source: L40S
  },
  {
    id: "nvidia-t4-16gb",
    aliases: ["Tesla T4"],
    name: "NVIDIA T4 16 GB",
    vendor: "NVIDIA",
    memoryGb: 16,
    tdpW: 70,
    source: T4
  },
  {
    id: "nvidia-a10-24gb",
    aliases: ["NVIDIA A10"],
    name: "NVIDIA A10 24 GB",
    vendor: "NVIDIA",
    memoryGb: 24,
    tdpW: 150,
    source: A10
  },
  {
    id: "nvidia-a10g-24gb",
    aliases: ["NVIDIA A10G"],
    name: "NVIDIA A10G 24 GB (AWS)",
    vendor: "NVIDIA",
    memoryGb: 24,
    tdpW: 300,
    source: A10G,
    note: "no vendor datasheet; 300 W is the power cap nvidia-smi reports on g5 instances. Some tools use 150 W, the A10 figure."
  },
  {
    id: "amd-mi300x-192gb",
    aliases: ["AMD Instinct MI300X"],
    name: "AMD Instinct MI300X 192 GB",
    vendor: "AMD",
    memoryGb: 192,
    tdpW: 750,
    source: MI300X,
    note: "total board power, 750 W peak"
  },
  {
    id: "amd-mi250x-128gb",
    aliases: ["AMD Instinct MI250X"],
    name: "AMD Instinct MI250X 128 GB",
    vendor: "AMD",
    memoryGb: 128,
    tdpW: 560,
    rating: "peak total board power",
    source: MI250X,
    note: "560 W peak total board power; the TDP is 500 W"
  },
  {
    id: "nvidia-gh200",
    aliases: ["NVIDIA GH200"],
    name: "NVIDIA GH200 Grace Hopper Superchip",
    vendor: "NVIDIA",
    tdpW: 1e3,
    rating: "module maximum, CPU and memory included",
    source: GH200,
    note: "configurable 450-1,000 W for the whole superchip (Grace CPU, Hopper GPU and memory); the maximum is used, and it already covers the host CPU"
  },
  {
    id: "google-tpu-v4",
    aliases: ["TPU v4"],
    name: "Google TPU v4",
    vendor: "Google",
    tdpW: 192,
    rating: "measured maximum",
    source: GOOGLE_TPU_V4,
    note: "Google publishes no TDP; measured per chip: 90 W minimum, 170 W mean, 192 W maximum. `power: 170 W` uses the mean"
  },
  {
    id: "google-tpu-v5e",
    aliases: ["TPU v5e", "TPU v5 lite"],
    name: "Google TPU v5e",
    vendor: "Google",
    source: googleTpu("v5e"),
    note: NO_POWER
  },
  {
    id: "google-tpu-v5p",
    aliases: ["TPU v5p"],
    name: "Google TPU v5p",
    vendor: "Google",
    source: googleTpu("v5p"),
    note: NO_POWER
  },
  {
    id: "google-tpu-v6e",
    aliases: ["TPU v6e", "Trillium"],
    name: "Google TPU v6e (Trillium)",
    vendor: "Google",
    memoryGb: 32,
    source: googleTpu("v6e"),
    note: NO_POWER
  },
  {
    id: "nvidia-k80",
    aliases: ["Tesla K80"],
    name: "NVIDIA Tesla K80 (one of its two GPUs)",
    vendor: "NVIDIA",
    memoryGb: 12,
    tdpW: 150,
    rating: "half the board's 300 W TDP",
    source: K80,
    note: "a K80 board carries two GPUs and nvidia-smi (and AWS p2, Azure NC) count each as one: count GPUs, and each draws half the board TDP, 300 W / 2 = 150 W"
  },
  {
    id: "nvidia-p100-pcie-16gb",
    aliases: ["Tesla P100-PCIE-16GB"],
    name: "NVIDIA Tesla P100 PCIe 16 GB",
    vendor: "NVIDIA",
    memoryGb: 16,
    tdpW: 250,
    source: P100
  },
  {
    id: "nvidia-p100-pcie-12gb",
    aliases: ["Tesla P100-PCIE-12GB"],
    name: "NVIDIA Tesla P100 PCIe 12 GB",
    vendor: "NVIDIA",
    memoryGb: 12,
    tdpW: 250,
    source: P100
  },
  {
    id: "nvidia-a40-48gb",
    aliases: ["NVIDIA A40"],
    name: "NVIDIA A40 48 GB",
    vendor: "NVIDIA",
    memoryGb: 48,
    tdpW: 300,
    source: A40
  },
  {
    id: "nvidia-l40-48gb",
    aliases: ["NVIDIA L40"],
    name: "NVIDIA L40 48 GB",
    vendor: "NVIDIA",
    memoryGb: 48,
    tdpW: 300,
    source: L40
  },
  {
    id: "nvidia-rtx-6000-ada-48gb",
    aliases: ["NVIDIA RTX 6000 Ada Generation"],
    name: "NVIDIA RTX 6000 Ada Generation 48 GB",
    vendor: "NVIDIA",
    memoryGb: 48,
    tdpW: 300,
    source: RTX_6000_ADA
  },
  {
    id: "nvidia-rtx-pro-6000-96gb",
    aliases: ["NVIDIA RTX PRO 6000 Blackwell Server Edition", "NVIDIA RTX PRO 6000 Blackwell Workstation Edition"],
    name: "NVIDIA RTX PRO 6000 Blackwell 96 GB",
    vendor: "NVIDIA",
    memoryGb: 96,
    tdpW: 600,
    source: RTX_PRO_6000
  },
  {
    id: "nvidia-h20-96gb",
    aliases: ["NVIDIA H20"],
    name: "NVIDIA H20 96 GB",
    vendor: "NVIDIA",
    memoryGb: 96,
    tdpW: 400,
    source: H20
  },
  {
    id: "nvidia-b300-288gb",
    aliases: ["NVIDIA B300", "NVIDIA B300 SXM6 AC"],
    name: "NVIDIA B300 288 GB (Blackwell Ultra, DGX/HGX)",
    vendor: "NVIDIA",
    tdpW: 1812.5,
    rating: "system-level estimate: DGX B300 maximum / 8 GPUs, host included",
    source: DGX_B300,
    note: "no per-GPU figure found; 14,500 W / 8 = 1,812.5 W covers the whole server (CPUs, memory, network, fans), so it overstates the GPU alone"
  },
  {
    id: "nvidia-gb200",
    aliases: ["NVIDIA GB200"],
    name: "NVIDIA GB200 (one Blackwell GPU of a GB200 NVL72)",
    vendor: "NVIDIA",
    tdpW: 1667,
    rating: "system-level estimate: NVL72 rack power / 72 GPUs, Grace CPUs and switches included",
    source: GB200_NVL72,
    note: "count GPUs (a GB200 superchip carries two); about 120 kW / 72 = 1,667 W per GPU (rounded), which already covers the Grace CPUs, NVLink switches and the rest of the rack"
  },
  {
    id: "nvidia-gb300",
    aliases: ["NVIDIA GB300"],
    name: "NVIDIA GB300 (one Blackwell Ultra GPU of a GB300 NVL72)",
    vendor: "NVIDIA",
    tdpW: 1667,
    rating: "system-level estimate: NVL72 rack power / 72 GPUs, Grace CPUs and switches included",
    source: GB300_NVL72,
    note: "count GPUs; about 120 kW / 72 = 1,667 W per GPU (rounded), the rest of the rack included"
  },
  {
    id: "amd-mi210-64gb",
    aliases: ["AMD Instinct MI210"],
    name: "AMD Instinct MI210 64 GB",
    vendor: "AMD",
    memoryGb: 64,
    tdpW: 300,
    source: MI210
  },
  {
    id: "amd-mi350x-288gb",
    aliases: ["AMD Instinct MI350X"],
    name: "AMD Instinct MI350X 288 GB",
    vendor: "AMD",
    memoryGb: 288,
    tdpW: 1e3,
    rating: "total board power",
    source: MI350
  },
  {
    id: "amd-mi355x-288gb",
    aliases: ["AMD Instinct MI355X"],
    name: "AMD Instinct MI355X 288 GB",
    vendor: "AMD",
    memoryGb: 288,
    tdpW: 1400,
    rating: "total board power",
    source: MI350
  },
  {
    id: "google-tpu-v2",
    aliases: ["TPU v2"],
    name: "Google TPU v2",
    vendor: "Google",
    tdpW: 208,
    rating: "measured average system power per chip (one training run)",
    source: PATTERSON_2021,
    note: "Google publishes no TDP; 208 W is the measured average of the Evolved Transformer search on TPU v2 (Patterson et al. 2021), the only TPU v2 run the paper measures"
  },
  {
    id: "google-tpu-v3",
    aliases: ["TPU v3"],
    name: "Google TPU v3",
    vendor: "Google",
    tdpW: 310,
    rating: "measured average system power per chip (highest of four training runs)",
    source: PATTERSON_2021,
    note: "Google publishes no TDP; Patterson et al. 2021 measured 310 W (T5), 289 W (Meena), 288 W (GShard) and 245 W (Switch) per chip: the highest is used"
  },
  {
    id: "google-tpu-v7",
    aliases: ["TPU v7", "TPU7x", "Ironwood"],
    name: "Google TPU v7 (Ironwood)",
    vendor: "Google",
    tdpW: 1085,
    rating: "system-level estimate: superpod power / 9,216 chips",
    source: IRONWOOD,
    note: "about 10 MW / 9,216 chips = 1,085 W per chip (rounded), the pod's hosts and network included; whether the 10 MW counts cooling was not stated"
  },
  {
    id: "intel-gaudi2",
    aliases: ["Gaudi 2", "HL-225H"],
    name: "Intel Gaudi 2 (OAM)",
    vendor: "Intel",
    tdpW: 600,
    source: GAUDI_HOT_CHIPS,
    note: "Intel's datasheet was not found; 600 W is the OAM TDP on Intel's Hot Chips 2024 slide"
  },
  {
    id: "intel-gaudi3",
    aliases: ["Gaudi 3"],
    name: "Intel Gaudi 3 (OAM)",
    vendor: "Intel",
    tdpW: 850,
    rating: "maximum power limit",
    source: GAUDI3_HL_SMI,
    note: "hl-smi caps Gaudi 3 at 850 W (settable from 450 W); Intel's Hot Chips 2024 slide gives 900 W for the air-cooled OAM module and 1,200 W liquid-cooled"
  },
  {
    id: "aws-trainium",
    aliases: ["Trainium", "Trainium1"],
    name: "AWS Trainium (Trn1)",
    vendor: "AWS",
    memoryGb: 32,
    source: neuron("Trainium"),
    note: NO_POWER
  },
  {
    id: "aws-inferentia2",
    aliases: ["Inferentia2", "Inferentia 2"],
    name: "AWS Inferentia2 (Inf2)",
    vendor: "AWS",
    memoryGb: 32,
    source: neuron("Inferentia2"),
    note: NO_POWER
  },
  {
    id: "aws-trainium2",
    aliases: ["Trainium2", "Trainium 2"],
    name: "AWS Trainium2 (Trn2)",
    vendor: "AWS",
    source: neuron("Trainium2"),
    note: NO_POWER
  },
  {
    id: "aws-inferentia",
    aliases: ["Inferentia", "Inferentia1", "Inferentia 1"],
    name: "AWS Inferentia (Inf1)",
    vendor: "AWS",
    source: neuron("Inferentia"),
    note: NO_POWER
  }
];

// src/catalog/accelerators.ts
function normalise(written) {
  return written.trim().toLowerCase().replace(/[\s_]+/g, "-").replace(/-+/g, "-");
}
var byName = /* @__PURE__ */ new Map();
for (const a of ACCELERATORS) {
  byName.set(a.id, a);
  for (const alias of a.aliases ?? []) byName.set(normalise(alias), a);
}
function acceleratorIds() {
  return ACCELERATORS.map((a) => a.id);
}
function findAccelerator(written) {
  const id = normalise(written);
  const exact = byName.get(id) ?? ACCELERATORS.find((a) => a.id === `${a.vendor.toLowerCase()}-${id}`);
  if (exact !== void 0) return { ok: true, value: exact };
  const containing = ACCELERATORS.filter((a) => a.id.includes(id));
  const candidates2 = containing.length > 0 ? containing.map((a) => a.id) : nearest(id, acceleratorIds(), 4);
  const hint = candidates2.length > 0 ? `: did you mean ${orList(candidates2.slice(0, 6))}?` : ".";
  return {
    ok: false,
    message: `unknown accelerator \`${written}\`${hint} Or give its measured average draw with \`power\` (e.g. \`power: 330 W\`). \`carbon-budget catalog\` lists every id.`
  };
}

// src/catalog/instances.ts
var byId = new Map(INSTANCE_TYPES.map((t) => [t.id.toLowerCase(), t]));
function findInstance(written) {
  const type2 = byId.get(written.trim().toLowerCase());
  if (type2 === void 0) {
    return {
      ok: false,
      message: `unknown instance type \`${written}\`${didYouMean(
        written,
        INSTANCE_TYPES.map((t) => t.id)
      )}; \`carbon-budget catalog instances\` lists them, or give \`accelerator\` and \`count\``
    };
  }
  const accelerator = findAccelerator(type2.accelerator);
  if (!accelerator.ok)
    return {
      ok: false,
      message: `instance type \`${type2.id}\` names an accelerator the catalog lacks (${type2.accelerator})`
    };
  return { ok: true, value: { type: type2, accelerator: accelerator.value } };
}

// src/text/printable.ts
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
var UNPRINTABLE_ALL = new RegExp(UNPRINTABLE.source, "g");
var BREAKS = /\r\n|[\r\n\t\u2028\u2029]/g;
function codePoint(char) {
  return `\\u${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}
function printable(text) {
  if (!UNPRINTABLE.test(text)) return text;
  return text.replace(BREAKS, " ").replace(UNPRINTABLE_ALL, codePoint);
}

// src/text/show.ts
function showValue(value) {
  if (value === null) return "nothing (null)";
  if (value === void 0) return "nothing";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  switch (typeof value) {
    case "string":
      return `\`${printable(value)}\``;
    case "number":
    case "boolean":
    case "bigint":
      return `\`${value.toString()}\``;
    case "symbol":
      return `\`${value.toString()}\``;
    default:
      return `a ${typeof value}`;
  }
}

// src/adapters/accelerator-names.ts
var SKYPILOT_ACCELERATORS = {
  // FluidStack's A100_SXM4_80GB (fetch_fluidstack.py GPU_MAP); the name says the board.
  "a100-80gb-sxm": "nvidia-a100-sxm4-80gb",
  // FluidStack's H100_SXM5_80GB (fetch_fluidstack.py GPU_MAP).
  "h100-sxm": "nvidia-h100-sxm5-80gb",
  // GCP's nvidia-h100-mega-80gb, the A3 Mega's H100 SXM (fetch_gcp.py; https://cloud.google.com/compute/docs/gpus).
  "h100-mega": "nvidia-h100-sxm5-80gb",
  // The same board on GKE: SkyPilot names a node labelled nvidia-h100-mega-80gb `H100-MEGA-80GB`
  // (GKELabelFormatter.get_accelerator_from_label_value, sky/provision/kubernetes/utils.py).
  "h100-mega-80gb": "nvidia-h100-sxm5-80gb",
  // AWS p5e/p5en and GCP's A3 Ultra (fetch_aws.py, fetch_gcp.py): the H200 SXM 141 GB.
  h200: "nvidia-h200-sxm-141gb",
  b200: "nvidia-b200-180gb",
  gh200: "nvidia-gh200",
  l4: "nvidia-l4-24gb",
  l40s: "nvidia-l40s-48gb",
  t4: "nvidia-t4-16gb",
  a10: "nvidia-a10-24gb",
  a10g: "nvidia-a10g-24gb",
  // AWS p3dn.24xlarge (fetch_aws.py renames its V100 to V100-32GB); 32768 MiB in
  // https://karpenter.sh/docs/reference/instance-types/. SXM2 is the reading kept from before.
  "v100-32gb": "nvidia-v100-sxm2-32gb"
};
var SKYPILOT_BY_CLOUD = {
  // GCP's accelerator types renamed (fetch_gcp.py: nvidia-tesla-a100 -> A100, nvidia-a100-80gb ->
  // A100-80GB, nvidia-h100-80gb -> H100), boards as https://cloud.google.com/compute/docs/gpus gives them.
  gcp: {
    a100: "nvidia-a100-sxm4-40gb",
    "a100-80gb": "nvidia-a100-sxm4-80gb",
    h100: "nvidia-h100-sxm5-80gb",
    // 16 GB (fetch_gcp.py); SXM2 is the reading kept from before.
    v100: "nvidia-v100-sxm2-16gb"
  },
  // EC2's GPU names (fetch_aws.py; p4de renamed A100-80GB): A100 is p4d's 40 GB SXM4, H100 p5's SXM
  // (40960, 81920 and 81920 MiB in https://karpenter.sh/docs/reference/instance-types/).
  aws: {
    a100: "nvidia-a100-sxm4-40gb",
    "a100-80gb": "nvidia-a100-sxm4-80gb",
    h100: "nvidia-h100-sxm5-80gb",
    // p3's 16 GB V100: SXM2 as the catalog reads p3 (AWS's guide says P3 supports NVLink).
    v100: "nvidia-v100-sxm2-16gb"
  }
};
var SKYPILOT_OPEN = {
  a100: "an A100 40 GB, SXM4 or PCIe",
  "a100-80gb": "an A100 80 GB, SXM4 or PCIe",
  h100: "an H100, SXM or PCIe",
  v100: "a V100 16 GB, SXM2 or PCIe"
};
var GKE_ACCELERATORS = {
  // N1: NVIDIA T4 (https://cloud.google.com/compute/docs/gpus).
  "nvidia-tesla-t4": "nvidia-t4-16gb",
  // G2: NVIDIA L4 (https://cloud.google.com/compute/docs/gpus).
  "nvidia-l4": "nvidia-l4-24gb",
  // A2 Standard: NVIDIA A100 40GB (https://cloud.google.com/compute/docs/gpus).
  "nvidia-tesla-a100": "nvidia-a100-sxm4-40gb",
  // A2 Ultra: NVIDIA A100 80GB (https://cloud.google.com/compute/docs/gpus).
  "nvidia-a100-80gb": "nvidia-a100-sxm4-80gb",
  // A3 High and A3 Edge: NVIDIA H100 SXM (https://cloud.google.com/compute/docs/gpus).
  "nvidia-h100-80gb": "nvidia-h100-sxm5-80gb",
  // A3 Mega: NVIDIA H100 SXM (https://cloud.google.com/compute/docs/gpus).
  "nvidia-h100-mega-80gb": "nvidia-h100-sxm5-80gb",
  // A3 Ultra: NVIDIA H200 SXM (https://cloud.google.com/compute/docs/gpus).
  "nvidia-h200-141gb": "nvidia-h200-sxm-141gb",
  // A4: NVIDIA B200 (https://cloud.google.com/compute/docs/gpus).
  "nvidia-b200": "nvidia-b200-180gb",
  // A4X: NVIDIA GB200 Grace Blackwell Superchips (https://cloud.google.com/compute/docs/gpus).
  "nvidia-gb200": "nvidia-gb200",
  // G4: Google's Cluster Toolkit labels the g4-standard family nvidia-rtx-pro-6000 (machine_family_to_label_map,
  // github.com/GoogleCloudPlatform/cluster-toolkit pkg/config/machine_mappings.json), the board the catalog
  // gives g4-standard-48.
  "nvidia-rtx-pro-6000": "nvidia-rtx-pro-6000-96gb",
  // N1: NVIDIA V100, 16 GB (https://cloud.google.com/compute/docs/gpus). The page read does not say
  // SXM2 or PCIe; the SXM2 board is an unconfirmed reading kept from before.
  "nvidia-tesla-v100": "nvidia-v100-sxm2-16gb"
};
var KARPENTER_GPU_NAMES = {
  // g4dn, 16384 MiB (https://karpenter.sh/docs/reference/instance-types/).
  t4: "nvidia-t4-16gb",
  // g5, 22888 MiB (https://karpenter.sh/docs/reference/instance-types/).
  a10g: "nvidia-a10g-24gb",
  // g6 and gr6, 22888 MiB (https://karpenter.sh/docs/reference/instance-types/).
  l4: "nvidia-l4-24gb",
  // g6e, 45776 MiB (https://karpenter.sh/docs/reference/instance-types/).
  l40s: "nvidia-l40s-48gb",
  // p5, 81920 MiB (https://karpenter.sh/docs/reference/instance-types/).
  h100: "nvidia-h100-sxm5-80gb",
  // p5e and p5en, 144384 MiB (https://karpenter.sh/docs/reference/instance-types/).
  h200: "nvidia-h200-sxm-141gb",
  // p6-b200, 183359 MiB (https://karpenter.sh/docs/reference/instance-types/).
  b200: "nvidia-b200-180gb",
  // p6-b300, 275040 MiB (https://karpenter.sh/docs/reference/instance-types/).
  b300: "nvidia-b300-288gb",
  // g7e, 98304 MiB: the RTX PRO 6000 Blackwell Server Edition (https://karpenter.sh/docs/reference/instance-types/).
  "rtx-pro-server-6000": "nvidia-rtx-pro-6000-96gb"
};
var AMBIGUOUS_NAMES = {
  a100: "an A100 of 40 or 80 GB",
  v100: "a V100 of 16 or 32 GB"
};
function mapName(table, written) {
  return table[written.trim().toLowerCase()] ?? written.trim();
}

// src/adapters/spec-fields.ts
var FieldsBuilder = class {
  fields = {};
  notes = [];
  boardByCloud;
  set(name, value, at2) {
    this.fields[name] = { value, at: at2 };
  }
  note(text) {
    this.notes.push(text);
  }
  /** An accelerator left open because its board depends on the cloud: see SpecWorkload.boardByCloud. */
  openByCloud(board) {
    this.boardByCloud = board;
    this.notes.push(board.open);
  }
  build(format, name, at2) {
    const byCloud = this.boardByCloud === void 0 ? {} : { boardByCloud: this.boardByCloud };
    return { format, name, at: at2, fields: { ...this.fields }, notes: [...this.notes], ...byCloud };
  }
};
function problem(at2, message) {
  return { file: at2.file, line: at2.line, column: at2.column, message };
}
function wholeNumber(value) {
  const n = typeof value === "number" ? value : typeof value === "string" && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(n) && n >= 0 ? n : void 0;
}
function stem(file) {
  const base = file.split("/").pop() ?? file;
  return base.replace(/\.(?:sky\.)?(?:ya?ml|sbatch|slurm|sh|batch)$/i, "") || base;
}

// node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position2, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position2 - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position2 - maxHalfLength + head.length;
    }
    if (lineEnd - position2 > maxHalfLength) {
      tail = " ...";
      lineEnd = position2 + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
      pos: position2 - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts2 = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts2.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts2.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts2.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts2[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts2[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts2[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts2[foundLineNo] - lineStarts2[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj2) {
        return obj2 >= 0 ? "0b" + obj2.toString(2) : "-0b" + obj2.toString(2).slice(1);
      },
      octal: function(obj2) {
        return obj2 >= 0 ? "0o" + obj2.toString(8) : "-0o" + obj2.toString(8).slice(1);
      },
      decimal: function(obj2) {
        return obj2.toString(10);
      },
      hexadecimal: function(obj2) {
        return obj2 >= 0 ? "0x" + obj2.toString(16).toUpperCase() : "-0x" + obj2.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return int;
}
var float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj2) {
    return Object.prototype.toString.call(obj2) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj2) {
    return Object.prototype.toString.call(obj2);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "\x85";
      case 95:
        return "\xA0";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair3;
    let isExplicitPair;
    let isMapping2;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping2 = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping2 = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping2 ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair3 = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair3 = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair3 = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping2) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair3) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents2 = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents2;
    }
    for (let index = 0, length = documents2.length; index < length; index += 1) {
      iterator(documents2[index]);
    }
  }
  function load2(input, options) {
    const documents2 = loadDocuments(input, options);
    if (documents2.length === 0) {
      return void 0;
    } else if (documents2.length === 1) {
      return documents2[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position2 = 0;
    let result = "";
    const length = string.length;
    while (position2 < length) {
      let line;
      const next = string.indexOf("\n", position2);
      if (next === -1) {
        line = string.slice(position2);
        position2 = length;
      } else {
        line = string.slice(position2, next + 1);
        position2 = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first2 = string.charCodeAt(pos);
    let second;
    if (first2 >= 55296 && first2 <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first2 - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first2;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
var yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
var {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

// src/config/path-walk.ts
function walkPath(root, path, options, child) {
  let node = root;
  let best = root;
  for (const [index, part] of path.entries()) {
    if (node === void 0) break;
    const next = child(node, part);
    const last = index === path.length - 1;
    const chosen = last && options.key ? next.key ?? next.value : next.value ?? next.key;
    if (chosen === void 0) break;
    best = chosen;
    node = next.value;
  }
  return best;
}

// src/config/yaml-fast.ts
var NULL = /^(?:~|null|Null|NULL)?$/;
var BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
var INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
var FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
var CORE = FAILSAFE_SCHEMA.extend({
  implicit: [
    new Type("tag:yaml.org,2002:null", { kind: "scalar", resolve: (s) => NULL.test(s), construct: () => null }),
    new Type("tag:yaml.org,2002:bool", {
      kind: "scalar",
      resolve: (s) => BOOL.test(s),
      construct: (s) => s.startsWith("t") || s.startsWith("T")
    }),
    new Type("tag:yaml.org,2002:int", {
      kind: "scalar",
      resolve: (s) => INT.test(s),
      construct: (s) => s.startsWith("0o") ? parseInt(s.slice(2), 8) : s.startsWith("0x") ? parseInt(s.slice(2), 16) : parseInt(s, 10)
    }),
    new Type("tag:yaml.org,2002:float", {
      kind: "scalar",
      resolve: (s) => FLOAT.test(s),
      construct: (s) => {
        if (s.endsWith("nan") || s.endsWith("NaN") || s.endsWith("NAN")) return NaN;
        if (s.endsWith("inf") || s.endsWith("Inf") || s.endsWith("INF"))
          return s.startsWith("-") ? -Infinity : Infinity;
        return parseFloat(s);
      }
    })
  ]
});
var NotPlain = class extends Error {
};
function skipSeparation(text, from) {
  let at2 = from;
  for (; ; ) {
    const c = text.charCodeAt(at2);
    if (c === 32 || c === 9 || c === 10 || c === 13) at2++;
    else if (c === 35) {
      const end = text.indexOf("\n", at2);
      at2 = end === -1 ? text.length : end;
    } else return at2;
  }
}
function skipSpaces(text, from) {
  let at2 = from;
  while (text[at2] === " " || text[at2] === "	") at2++;
  return at2;
}
var NO_CHILDREN = Object.freeze([]);
function recorder(text) {
  const frames = [{ open: 0, children: void 0 }];
  const listener = (event, state) => {
    if (event === "open") {
      frames.push({ open: state.position, children: void 0 });
      return;
    }
    const frame = frames.pop();
    const parent = frames[frames.length - 1];
    if (frame === void 0 || parent === void 0) throw new NotPlain();
    const result = state.result;
    const children = frame.children ?? NO_CHILDREN;
    const only = children.length === 1 ? children[0] : void 0;
    let record;
    if (only !== void 0 && only.value === result) {
      record = only;
    } else {
      const kind = state.kind === "mapping" || state.kind === "sequence" || state.kind === "scalar" ? state.kind : "empty";
      const start = kind === "empty" ? skipSpaces(text, frame.open) : skipSeparation(text, frame.open);
      const first2 = text[start];
      if (first2 === "&" || first2 === "!" || first2 === "*") throw new NotPlain();
      const flow = first2 === "{" || first2 === "[" || kind === "scalar" && first2 !== "|" && first2 !== ">";
      if (flow) {
        const newline = text.indexOf("\n", start);
        if (newline !== -1 && newline < state.position) throw new NotPlain();
      }
      if (kind === "sequence" && children.length !== result.length) throw new NotPlain();
      if (kind === "mapping" && children.length !== 2 * Object.keys(result).length) throw new NotPlain();
      for (let i = 0; i < children.length; i++) {
        const child = children[i];
        if (kind === "mapping" && i % 2 === 0) {
          if (child.kind !== "scalar" || typeof child.value !== "string") throw new NotPlain();
        } else {
          child.value = void 0;
        }
      }
      record = { start, kind, value: result, children };
    }
    (parent.children ??= []).push(record);
  };
  return { listener, root: () => frames[0]?.children?.[0] };
}
var KEPT_DEPTH = 2;
var KEPT_FOR = "budget";
var PRUNED = Object.freeze([]);
function prune(node, depth) {
  if (depth === KEPT_DEPTH) {
    const keeps = node.kind === "mapping" && node.children.some((child, i) => i % 2 === 0 && child.value === KEPT_FOR);
    if (!keeps && node.children.length > 0) node.children = PRUNED;
    return;
  }
  for (const child of node.children) prune(child, depth + 1);
}
function fullTree(text) {
  const { listener, root } = recorder(text);
  load(text, { schema: CORE, listener });
  const tree = root();
  if (tree === void 0) throw new Error("the fast YAML path read a file once and not again");
  return tree;
}
var RecordedPositions = class {
  /**
   * `root` is pruned below depth KEPT_DEPTH; a path that goes below a pruned node reads the file's
   * tree again, once.
   */
  constructor(text, root) {
    this.text = text;
    this.root = root;
  }
  text;
  root;
  lineStarts;
  full;
  at(offset) {
    this.lineStarts ??= lineStarts(this.text);
    const starts = this.lineStarts;
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = low + high + 1 >> 1;
      if ((starts[mid] ?? 0) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
  }
  child(node, part) {
    if (node.kind === "mapping") {
      for (let i = 0; i + 1 < node.children.length; i += 2) {
        const key = node.children[i];
        if (key !== void 0 && String(key.value) === String(part))
          return { key, ...node.children[i + 1] === void 0 ? {} : { value: node.children[i + 1] } };
      }
      return {};
    }
    if (node.kind === "sequence" && typeof part === "number") {
      const item = node.children[part];
      return item === void 0 ? {} : { value: item };
    }
    return {};
  }
  find(path, options = {}) {
    const root = this.reachesPruned(path) ? this.full ??= fullTree(this.text) : this.root;
    return this.at(walkPath(root, path, options, (node, part) => this.child(node, part)).start);
  }
  /** Whether `path` goes on below a node whose children were dropped. */
  reachesPruned(path) {
    if (path.length <= KEPT_DEPTH) return false;
    let node = this.root;
    for (let i = 0; i < KEPT_DEPTH && node !== void 0; i++) node = this.child(node, path[i]).value;
    return node?.children === PRUNED;
  }
};
function lineStarts(text) {
  const starts = [0];
  for (let at2 = text.indexOf("\n"); at2 !== -1; at2 = text.indexOf("\n", at2 + 1)) starts.push(at2 + 1);
  return starts;
}
var NOT_PLAIN_TEXT = /<<|^%|[}\]"']#|\r(?!\n)|\t|^(?:---|\.\.\.)\S/m;
function readPlainYaml(text) {
  if (NOT_PLAIN_TEXT.test(text) || text.startsWith("\uFEFF")) return void 0;
  const { listener, root } = recorder(text);
  let value;
  try {
    value = load(text, { schema: CORE, listener });
  } catch {
    return void 0;
  }
  const tree = root();
  if (value === void 0 || value === null || tree === void 0) return void 0;
  tree.value = void 0;
  prune(tree, 0);
  return { value, positions: new RecordedPositions(text, tree) };
}

// src/config/yaml-reference.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/config/yaml-errors.ts
var PREFIX = "YAML syntax: ";
var MAX_LINES_NAMED = 8;
function lineOf(text, offset) {
  let line = 1;
  for (let at2 = text.indexOf("\n"); at2 !== -1 && at2 < offset; at2 = text.indexOf("\n", at2 + 1)) line++;
  return line;
}
function theseLines(lines) {
  if (lines.length <= 1) return "this line";
  const rest = lines.slice(1);
  const named = rest.slice(0, MAX_LINES_NAMED).join(", ") + (rest.length > MAX_LINES_NAMED ? ", ..." : "");
  return `this line and ${rest.length} more (line${rest.length === 1 ? "" : "s"} ${named})`;
}
function startsComment(text, at2) {
  return at2 === 0 || /\s/.test(text[at2 - 1] ?? "");
}
function opensValue(text, at2) {
  const before = text.slice(text.lastIndexOf("\n", at2 - 1) + 1, at2);
  return /^\s*$/.test(before) || /[:\-?]\s+$/.test(before) || /[[{,]\s*$/.test(before);
}
function stillOpen(text, open, end) {
  const brackets = [];
  let quote;
  for (let at2 = 0; at2 < end && at2 < text.length; at2++) {
    const char = text[at2] ?? "";
    if (quote !== void 0) {
      if (quote.char === '"' && char === "\\") at2++;
      else if (quote.char === "'" && char === "'" && text[at2 + 1] === "'") at2++;
      else if (char === quote.char) quote = void 0;
    } else if (char === "#" && startsComment(text, at2)) {
      const eol = text.indexOf("\n", at2);
      at2 = eol === -1 ? text.length : eol - 1;
    } else if ((char === '"' || char === "'") && opensValue(text, at2)) quote = { char, at: at2 };
    else if (char === "{" || char === "[") brackets.push({ char, at: at2 });
    else if (char === "}" || char === "]") brackets.pop();
  }
  if (open === '"' || open === "'") return quote?.char === open ? quote.at : void 0;
  for (let i = brackets.length - 1; i >= 0; i--) if (brackets[i]?.char === open) return brackets[i]?.at;
  return void 0;
}
function lineContent(text, offset) {
  let at2 = offset;
  while (text[at2] === " ") at2++;
  return text[at2] === "\n" || at2 >= text.length ? offset : at2;
}
var INDENT_KEYS = "indent every key of a mapping by the same number of spaces";
function translate(error, text, all) {
  const { code, message, offset } = error;
  if (code === "MISSING_CHAR") {
    const quote = /^Missing closing (["'])quote/.exec(message)?.[1];
    if (quote !== void 0) {
      const opened = stillOpen(text, quote, offset);
      return {
        offset: opened ?? offset,
        message: `the quote \`${quote}\` ${opened === void 0 ? "opened before this" : "opened here"} is never closed: end the value with \`${quote}\` (YAML read on to the end of the file looking for it)`
      };
    }
    if (message.startsWith("Sequence item without - indicator")) {
      return {
        offset: lineContent(text, offset),
        message: `this line is indented differently from the lines it belongs with: ${INDENT_KEYS}, or start a list item with \`- \``
      };
    }
    if (message.startsWith("Implicit map keys need to be followed by map values")) {
      return {
        offset,
        message: "this line has no colon: write a key, a colon and a space, then the value (`key: value`)"
      };
    }
  }
  if (code === "BAD_INDENT") {
    if (message.startsWith("All mapping items must start at the same column")) {
      return {
        offset: lineContent(text, offset),
        message: `this key is not in line with the keys above it: ${INDENT_KEYS}`
      };
    }
    const flow = /^Flow (map|sequence) in block collection/.exec(message)?.[1];
    if (flow !== void 0) {
      const [open, close] = flow === "map" ? ["{", "}"] : ["[", "]"];
      const opened = stillOpen(text, open, offset);
      return {
        offset: opened ?? offset,
        message: `the \`${open}\` ${opened === void 0 ? "before this line" : "here"} is not closed: end the ${flow === "map" ? "mapping" : "list"} with \`${close}\` (on its line, or on lines indented further than its key)`
      };
    }
  }
  if (code === "BLOCK_AS_IMPLICIT_KEY" || code === "MULTILINE_IMPLICIT_KEY") {
    const both = all.some((other) => other.offset === offset && other.code !== code);
    if (both) {
      return {
        offset,
        message: "the next line is indented further than the key on this one, so YAML reads them as one key: " + INDENT_KEYS
      };
    }
    if (code === "BLOCK_AS_IMPLICIT_KEY") {
      return {
        offset,
        message: 'this value holds `: `, which YAML reads as another key: quote the value (`key: "a: b"`)'
      };
    }
    return {
      offset,
      message: "this key runs on to the next line: a key needs a colon and a space after it, on its line (`key: value`)"
    };
  }
  return void 0;
}
function parserWords(message, code) {
  return (message.split("\n")[0] ?? code).replace(/:\s*".*$/, "");
}
function syntaxProblems(errors, text) {
  const problems = [];
  const tabs = errors.filter((e) => e.code === "TAB_AS_INDENT");
  const firstTab = tabs[0];
  if (firstTab !== void 0) {
    const lines = [...new Set(tabs.map((e) => lineOf(text, e.offset)))];
    problems.push({
      offset: firstTab.offset,
      message: `${PREFIX}a tab indents ${theseLines(lines)}, and YAML indents with spaces only: replace the tabs with spaces (most editors can do it for the whole file)`
    });
  }
  const seen = /* @__PURE__ */ new Set();
  const quoteOpen = errors.some((e) => e.code === "MISSING_CHAR" && /^Missing closing ["']quote/.test(e.message));
  for (const error of errors) {
    if (error.code === "TAB_AS_INDENT") continue;
    if (quoteOpen && error.code === "BAD_INDENT" && /^Flow (map|sequence)/.test(error.message)) continue;
    const problem2 = translate(error, text, errors) ?? {
      offset: error.offset,
      message: parserWords(error.message, error.code)
    };
    const key = `${problem2.offset}|${problem2.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ offset: problem2.offset, message: PREFIX + problem2.message });
  }
  return problems.sort((a, b) => a.offset - b.offset);
}

// src/config/yaml-positions.ts
var import_yaml = __toESM(require_dist(), 1);
var PositionFinder = class {
  constructor(doc, lines) {
    this.doc = doc;
    this.lines = lines;
  }
  doc;
  lines;
  at(offset) {
    const { line, col } = this.lines.linePos(offset);
    return { line, column: col };
  }
  child(node, key) {
    if ((0, import_yaml.isMap)(node)) {
      for (const pair of node.items) {
        if ((0, import_yaml.isScalar)(pair.key) && String(pair.key.value) === String(key)) {
          return { key: pair.key, ...(0, import_yaml.isNode)(pair.value) ? { value: pair.value } : {} };
        }
      }
      return {};
    }
    if ((0, import_yaml.isSeq)(node) && typeof key === "number") {
      const item = node.items[key];
      if ((0, import_yaml.isNode)(item)) return { value: item };
      if ((0, import_yaml.isPair)(item) && (0, import_yaml.isNode)(item.key)) return { key: item.key };
    }
    return {};
  }
  find(path, options = {}) {
    const best = walkPath(this.doc.contents, path, options, (node, part) => this.child(node, part));
    return this.at((0, import_yaml.isNode)(best) ? best.range?.[0] ?? 0 : 0);
  }
  /** Position of a raw offset into the text, for parser errors. */
  offset(offset) {
    return this.at(offset);
  }
};

// src/config/yaml-reference.ts
var MAX_ALIASED_NODES = 1e5;
var MAX_PROBLEMS = 100;
var CORE_TAGS = ["str", "int", "float", "bool", "null", "map", "seq"];
var OTHER_STANDARD_TAGS = ["binary", "timestamp", "set", "omap", "pairs", "merge", "value", "yaml"];
var STANDARD_PREFIX = "tag:yaml.org,2002:";
var PLAIN_DATA = "a workload file holds only text, numbers, true/false, lists and mappings";
var NESTED_TOO_DEEPLY = "YAML: the file is nested too deeply to read; a workload file needs only a few levels";
var VERSION_MESSAGE = "YAML: workload files are read as YAML 1.2 only (where `010` is ten, `1:30` is text and `yes` is not true): remove the `%YAML` directive";
function parserProblems(errors, text, positions) {
  const own = [];
  const rest = [];
  for (const error of errors) {
    const at2 = positions.offset(error.pos[0]);
    if (/call stack|stack overflow/i.test(error.message)) {
      if (!own.some((p) => p.message === NESTED_TOO_DEEPLY)) own.push({ at: at2, message: NESTED_TOO_DEEPLY });
    } else if (error.code === "MULTIPLE_DOCS") {
      own.push({
        at: at2,
        message: "YAML syntax: a workload file holds one YAML document; remove the `---` separator or move the second document to its own file"
      });
    } else rest.push({ code: error.code, message: error.message, offset: error.pos[0] });
  }
  const said = syntaxProblems(rest, text).map((p) => ({ at: positions.offset(p.offset), message: p.message }));
  return [...own, ...said].sort((a, b) => a.at.line - b.at.line || a.at.column - b.at.column);
}
function warningMessage(warning) {
  if (warning.code !== "TAG_RESOLVE_FAILED") return void 0;
  const tag = /^Unresolved tag: (\S+)/.exec(warning.message)?.[1] ?? "";
  const name = tag.startsWith(STANDARD_PREFIX) ? tag.slice(STANDARD_PREFIX.length) : void 0;
  if (name !== void 0 && CORE_TAGS.includes(name)) {
    return `YAML: the value does not fit its tag \`!!${name}\`: remove the tag, or write a value of that type`;
  }
  const which = name !== void 0 && OTHER_STANDARD_TAGS.includes(name) ? `the tag \`!!${name}\`` : "a custom tag";
  return `YAML: ${which} is not read (${PLAIN_DATA}): remove the tag`;
}
function duplicateKeyMessage(first2) {
  return `YAML syntax: this key is written twice in one mapping (first at line ${first2.line}, column ${first2.column}): keep one of them`;
}
var Refusal = class extends Error {
  constructor(offset, message) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function isMergeKey(key) {
  if (!(0, import_yaml2.isScalar)(key) || key.type !== void 0 && key.type !== "PLAIN") return false;
  const { value } = key;
  return value === "<<" || typeof value === "symbol" && value.description === "<<";
}
function setKey(map2, key, value) {
  if (key in map2) Object.defineProperty(map2, key, { value, writable: true, enumerable: true, configurable: true });
  else map2[key] = value;
}
var DataBuilder = class {
  anchors = /* @__PURE__ */ new Map();
  /** The value of each anchored node read so far; a node still being read has none. */
  values = /* @__PURE__ */ new Map();
  /** The nodes each anchored node stands for, its aliases expanded. */
  sizes = /* @__PURE__ */ new Map();
  /** Nodes read so far, aliases expanded. */
  nodes = 0;
  /** Nodes that aliases have added so far. */
  aliased = 0;
  /** Where the node being read starts, for a stack overflow. */
  at = 0;
  /** Each key that a mapping already has: where it is written again, and where first. */
  duplicates = [];
  build(node) {
    try {
      return node === null ? null : this.node(node);
    } catch (error) {
      if (error instanceof RangeError) throw new Refusal(this.at, NESTED_TOO_DEEPLY);
      throw error;
    }
  }
  offset(node) {
    return node.range?.[0] ?? this.at;
  }
  node(node) {
    if ((0, import_yaml2.isAlias)(node)) return this.alias(node);
    this.at = this.offset(node);
    const { anchor } = node;
    if (anchor !== void 0) this.anchors.set(anchor, node);
    const before = this.nodes;
    this.nodes++;
    let value;
    if ((0, import_yaml2.isScalar)(node)) value = node.value;
    else if ((0, import_yaml2.isMap)(node)) {
      value = this.mapping(node.items);
    } else if ((0, import_yaml2.isSeq)(node)) {
      const list = [];
      for (const item of node.items) {
        if ((0, import_yaml2.isPair)(item)) {
          list.push(this.mapping([item]));
        } else list.push(this.node(item));
      }
      value = list;
    }
    if (anchor !== void 0) {
      this.values.set(node, value);
      this.sizes.set(node, this.nodes - before);
    }
    return value;
  }
  /** The value of the node an alias names, counted as the nodes it adds to the file. */
  alias(alias) {
    const offset = this.offset(alias);
    const target = this.anchors.get(alias.source);
    if (target === void 0) {
      throw new Refusal(
        offset,
        `YAML: the alias \`*${alias.source}\` refers to no anchor \`&${alias.source}\` before it`
      );
    }
    const size = this.sizes.get(target);
    if (size === void 0) {
      throw new Refusal(
        offset,
        `YAML: the alias \`*${alias.source}\` is inside the node \`&${alias.source}\` it refers to, which would repeat it without end: write the value out`
      );
    }
    this.nodes += size;
    this.aliased += size;
    if (this.aliased > MAX_ALIASED_NODES) {
      throw new Refusal(
        offset,
        `YAML: aliases expand to too much data: with this one, they add more than ${MAX_ALIASED_NODES.toLocaleString("en-US")} keys, values and items to the file; write the values out or use fewer aliases`
      );
    }
    return this.values.get(target);
  }
  /**
   * A mapping's data. Keys are checked for uniqueness here, as text, rather than by `yaml`, which
   * compares each key with every key before it (30,000 keys took 5 s, a 1 MB file a minute).
   */
  mapping(pairs2) {
    const map2 = {};
    let merged;
    const firstAt = /* @__PURE__ */ new Map();
    for (const { key, value } of pairs2) {
      if (isMergeKey(key)) {
        this.nodes++;
        for (const taken of this.merge(map2, value)) (merged ??= /* @__PURE__ */ new Set()).add(taken);
        continue;
      }
      const text = key === null ? "" : this.key(key);
      if (Object.prototype.hasOwnProperty.call(map2, text) && merged?.delete(text) !== true) {
        const offset = key === null ? this.at : this.offset(key);
        this.duplicates.push({ offset, first: firstAt.get(text) ?? offset });
      } else firstAt.set(text, key === null ? this.at : this.offset(key));
      setKey(map2, text, value === null ? null : this.node(value));
    }
    return map2;
  }
  /** A key as text, as `yaml` makes it: `1` is `"1"`, `null` and an empty key are `""`. */
  key(node) {
    const key = this.node(node);
    if (typeof key === "string") return key;
    if (typeof key === "number" || typeof key === "boolean" || typeof key === "bigint") return String(key);
    if (key === null || key === void 0) return "";
    if (typeof key === "symbol") return key.description ?? "";
    throw new Refusal(this.offset(node), "YAML: a key is a list or a mapping; a key must be text, such as `name`");
  }
  /**
   * A merge key (`<<`) takes the keys of a mapping, or of each mapping of a list (the first one
   * that has a key wins), that the mapping does not have already.
   */
  merge(map2, value) {
    const taken = [];
    const data = value === null ? null : this.node(value);
    for (const source of Array.isArray(data) ? data : [data]) {
      if (source === null || typeof source !== "object" || Array.isArray(source)) {
        throw new Refusal(
          value === null ? this.at : this.offset(value),
          "YAML: a merge key `<<` takes a mapping or a list of mappings, e.g. `<<: *defaults`"
        );
      }
      for (const [key, item] of Object.entries(source)) {
        if (Object.prototype.hasOwnProperty.call(map2, key)) continue;
        setKey(map2, key, item);
        taken.push(key);
      }
    }
    return taken;
  }
};
function capped(problems) {
  const shown = problems.slice(0, MAX_PROBLEMS);
  const firstHidden = problems[MAX_PROBLEMS];
  if (firstHidden !== void 0) {
    const more = problems.length - MAX_PROBLEMS;
    shown.push({
      at: firstHidden.at,
      message: `and ${more.toLocaleString("en-US")} more problem${more === 1 ? "" : "s"} in this file, not listed: fix these first`,
      count: more
    });
  }
  return shown;
}
function readReferenceYaml(text) {
  const lines = new import_yaml2.LineCounter();
  const doc = (0, import_yaml2.parseDocument)(text, {
    lineCounter: lines,
    prettyErrors: false,
    // Checked while the data is built (DataBuilder.mapping).
    uniqueKeys: false,
    merge: true,
    // `!!binary`, `!!timestamp`, `!!set`, `!!omap` and `!!pairs` would become a Uint8Array, a
    // Date, a Set...: left unresolved, they are refused with the other tags.
    resolveKnownTags: false,
    // Nothing printed: every warning that matters is a problem here (not 'silent', which hides a second document).
    logLevel: "error"
  });
  const positions = new PositionFinder(doc, lines);
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: capped(parserProblems(doc.errors, text, positions))
    };
  }
  const { yaml: version } = doc.directives;
  const otherVersion = doc.warnings.some((w) => w.code === "BAD_DIRECTIVE" && /YAML version/i.test(w.message));
  if (version.explicit === true && version.version !== "1.2" || otherVersion) {
    return {
      ok: false,
      problems: [{ at: positions.offset(/^%YAML\b/m.exec(text)?.index ?? 0), message: VERSION_MESSAGE }]
    };
  }
  const refused = doc.warnings.flatMap((warning) => {
    const message = warningMessage(warning);
    return message === void 0 ? [] : [{ at: positions.offset(warning.pos[0]), message }];
  });
  if (refused.length > 0) return { ok: false, problems: capped(refused) };
  const builder = new DataBuilder();
  let value;
  try {
    value = builder.build(doc.contents);
  } catch (error) {
    if (error instanceof Refusal) {
      return { ok: false, problems: [{ at: positions.offset(error.offset), message: error.message }] };
    }
    throw error;
  }
  if (builder.duplicates.length > 0) {
    return {
      ok: false,
      problems: capped(
        builder.duplicates.map(({ offset, first: first2 }) => ({
          at: positions.offset(offset),
          message: duplicateKeyMessage(positions.offset(first2))
        }))
      )
    };
  }
  return { ok: true, value: value ?? {}, positions, empty: doc.contents === null };
}

// src/adapters/yaml-spec.ts
function isMapping(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var SpecNode = class _SpecNode {
  constructor(value, route, doc) {
    this.value = value;
    this.route = route;
    this.doc = doc;
  }
  value;
  route;
  doc;
  where(key) {
    const { line, column } = this.doc.positions.find(this.route, { key });
    return { file: this.doc.file, line: line + this.doc.lineOffset, column };
  }
  get at() {
    return this.where(false);
  }
  /** The key of this value, where there is one: a message about a missing or wrong field points there. */
  get keyAt() {
    return this.where(true);
  }
  /** A mapping's value by key; undefined for a missing key or a node that is not a mapping. */
  get(key) {
    if (!isMapping(this.value) || !Object.hasOwn(this.value, key)) return void 0;
    return new _SpecNode(this.value[key], [...this.route, key], this.doc);
  }
  /** Follows keys down, e.g. `path('spec', 'template', 'spec')`. */
  path(...keys) {
    const [first2, ...rest] = keys;
    if (first2 === void 0) return this;
    return this.get(first2)?.path(...rest);
  }
  get isMapping() {
    return isMapping(this.value);
  }
  get isList() {
    return Array.isArray(this.value);
  }
  /** A list's items; a mapping's values; nothing for a scalar. */
  items() {
    if (Array.isArray(this.value)) return this.value.map((v, i) => new _SpecNode(v, [...this.route, i], this.doc));
    return this.entries().map(([, node]) => node);
  }
  /** A mapping's keys with their values. */
  entries() {
    const mapping = this.value;
    if (!isMapping(mapping)) return [];
    return Object.keys(mapping).map((key) => [key, new _SpecNode(mapping[key], [...this.route, key], this.doc)]);
  }
  /** A scalar's value (text, number, boolean, null); undefined for a list or mapping. */
  get scalar() {
    const v = this.value;
    return typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v === null ? v : void 0;
  }
  /** A scalar as text (`8` and `"8"` alike); undefined for anything else. */
  get text() {
    const v = this.scalar;
    return typeof v === "string" ? v : typeof v === "number" || typeof v === "boolean" ? String(v) : void 0;
  }
};
function documents(text) {
  if (!/^---/m.test(text)) return [{ text, lineOffset: 0 }];
  const out = [];
  const lines = text.split("\n");
  let start = 0;
  const flush = (end) => {
    const part = lines.slice(start, end).join("\n");
    if (part.trim() !== "") out.push({ text: part, lineOffset: start });
  };
  lines.forEach((line, i) => {
    if (/^---(?:\s|$)/.test(line)) {
      flush(i);
      lines[i] = " ".repeat(3) + line.slice(3);
      start = i;
    }
  });
  flush(lines.length);
  return out;
}
function readSpecYaml(text, file) {
  const docs = [];
  const diagnostics = [];
  for (const part of documents(text.replace(/^\uFEFF/, ""))) {
    const fast = readPlainYaml(part.text);
    let read;
    if (fast !== void 0) read = fast;
    else {
      const reference2 = readReferenceYaml(part.text);
      if (!reference2.ok) {
        for (const p of reference2.problems)
          diagnostics.push({ file, line: p.at.line + part.lineOffset, column: p.at.column, message: p.message });
        continue;
      }
      read = reference2;
    }
    if (read.value === null || typeof read.value !== "object") continue;
    docs.push(new SpecNode(read.value, [], { file, positions: read.positions, lineOffset: part.lineOffset }));
  }
  return { docs, diagnostics };
}

// src/adapters/kubernetes.ts
var GPU_RESOURCES = ["nvidia.com/gpu", "amd.com/gpu", "google.com/tpu"];
var GKE_TPUS = {
  // ct4p, ct5lp, ct5p and ct6e machines carry these values (machine_family_to_label_map in Google's
  // github.com/GoogleCloudPlatform/cluster-toolkit pkg/config/machine_mappings.json).
  "tpu-v4-podslice": "google-tpu-v4",
  "tpu-v5-lite-podslice": "google-tpu-v5e",
  "tpu-v5p-slice": "google-tpu-v5p",
  "tpu-v6e-slice": "google-tpu-v6e",
  // v5e's single-host-only value, beside the multi-host-capable `-podslice` (SkyPilot's
  // GKE_TPU_ACCELERATOR_TO_GENERATION, sky/provision/kubernetes/utils.py, citing
  // https://cloud.google.com/kubernetes-engine/docs/how-to/tpus#run).
  "tpu-v5-lite-device": "google-tpu-v5e",
  // Ironwood (https://cloud.google.com/kubernetes-engine/docs/concepts/tpu-ironwood): the same Cluster
  // Toolkit map gives the tpu7x machine family this value.
  tpu7x: "google-tpu-v7"
};
function replicasOf(node, fallback, diagnostics, key) {
  if (node === void 0 || node.scalar === null) return fallback;
  const n = wholeNumber(node.scalar);
  if (n === void 0) {
    diagnostics.push(problem(node.at, `\`${key}\` must be a whole number, got ${showValue(node.scalar)}`));
    return fallback;
  }
  return n;
}
function group(pod, count, fallback, key, label, d) {
  if (pod === void 0) return [];
  const replicas = replicasOf(count, fallback, d, key);
  return [{ pod, replicas, ...count === void 0 ? {} : { replicasAt: count.at }, label }];
}
function podGroups(kind, doc, b, d) {
  const spec = doc.get("spec");
  if (spec === void 0) return void 0;
  switch (kind) {
    case "Pod":
      return [{ pod: spec, replicas: 1, label: "the pod" }];
    case "Deployment":
    case "StatefulSet":
    case "ReplicaSet":
      return group(spec.path("template", "spec"), spec.get("replicas"), 1, "replicas", "replicas", d);
    case "Job":
      return group(spec.path("template", "spec"), spec.get("parallelism"), 1, "parallelism", "parallel pods", d);
    case "CronJob":
      return group(
        spec.path("jobTemplate", "spec", "template", "spec"),
        spec.path("jobTemplate", "spec", "parallelism"),
        1,
        "parallelism",
        "parallel pods",
        d
      );
    case "PyTorchJob":
    case "TFJob":
    case "MPIJob":
    case "XGBoostJob":
    case "PaddleJob":
    case "JAXJob": {
      const specs = spec.entries().find(([key]) => key.endsWith("ReplicaSpecs"))?.[1];
      return (specs?.entries() ?? []).flatMap(
        ([role, replica]) => group(replica.path("template", "spec"), replica.get("replicas"), 1, "replicas", role, d)
      );
    }
    case "RayCluster":
      return rayGroups(spec, b, d);
    case "RayJob":
      return rayGroups(spec.get("rayClusterSpec"), b, d);
    case "RayService":
      return rayGroups(spec.get("rayClusterConfig"), b, d);
    case "LeaderWorkerSet":
      return leaderWorkerGroups(spec, d);
    case "InferenceService":
      return kserveGroups(spec, b, d);
    default:
      return void 0;
  }
}
function rayGroups(cluster, b, d) {
  if (cluster === void 0) return [];
  const head = group(cluster.path("headGroupSpec", "template", "spec"), void 0, 1, "replicas", "head", d);
  const workers = (cluster.get("workerGroupSpecs")?.items() ?? []).flatMap((worker) => {
    const written = worker.get("replicas") ?? worker.get("minReplicas");
    if (worker.get("replicas") === void 0 && worker.get("minReplicas") !== void 0)
      b.note("a Ray worker group without `replicas` is counted at its `minReplicas`");
    const name = worker.get("groupName")?.text ?? "workers";
    const groups = group(worker.path("template", "spec"), written, 1, "replicas", `worker group ${name}`, d);
    const hosts = replicasOf(worker.get("numOfHosts"), 1, d, "numOfHosts");
    return groups.map((g) => ({ ...g, replicas: g.replicas * hosts }));
  });
  return [...head, ...workers];
}
function leaderWorkerGroups(spec, d) {
  const template = spec.get("leaderWorkerTemplate");
  if (template === void 0) return [];
  const replicasNode = spec.get("replicas");
  const groups = replicasOf(replicasNode, 1, d, "replicas");
  const size = replicasOf(template.get("size"), 1, d, "size");
  const worker = template.path("workerTemplate", "spec");
  const leader = template.path("leaderTemplate", "spec") ?? worker;
  const at2 = replicasNode?.at;
  return [
    ...leader === void 0 ? [] : [{ pod: leader, replicas: groups, label: "leaders", ...at2 ? { replicasAt: at2 } : {} }],
    ...worker === void 0 || size < 2 ? [] : [{ pod: worker, replicas: groups * (size - 1), label: "workers", ...at2 ? { replicasAt: at2 } : {} }]
  ];
}
function kserveGroups(spec, b, d) {
  return ["predictor", "transformer", "explainer"].flatMap((component) => {
    const c = spec.get(component);
    if (c === void 0) return [];
    const min = c.get("minReplicas");
    if (c.get("maxReplicas") !== void 0)
      b.note(`the ${component} is counted at its \`minReplicas\`; autoscaling may run more`);
    const replicas = Math.max(1, replicasOf(min, 1, d, "minReplicas"));
    return [{ pod: c, replicas, ...min === void 0 ? {} : { replicasAt: min.at }, label: component }];
  });
}
function podGpus(pod, d) {
  const containers = [
    ...pod.get("containers")?.items() ?? [],
    ...pod.entries().flatMap(([key, value]) => key !== "containers" && value.get("resources") !== void 0 ? [value] : [])
  ];
  let total;
  for (const container of containers) {
    const resources2 = container.get("resources");
    const table = resources2?.get("limits") ?? resources2?.get("requests");
    for (const resource2 of GPU_RESOURCES) {
      const node = table?.get(resource2);
      if (node === void 0) continue;
      const n = wholeNumber(node.scalar ?? void 0);
      if (n === void 0) {
        d.push(problem(node.at, `\`${resource2}\` must be a whole number of devices, got ${showValue(node.scalar)}`));
        continue;
      }
      total = { count: (total?.count ?? 0) + n, resource: resource2, at: total?.at ?? node.at };
    }
  }
  return total;
}
function placementLabels(pod) {
  const labels = /* @__PURE__ */ new Map();
  for (const [key, value] of pod.get("nodeSelector")?.entries() ?? []) {
    if (value.text !== void 0) labels.set(key, { values: [value.text], at: value.at });
  }
  const terms = pod.path(
    "affinity",
    "nodeAffinity",
    "requiredDuringSchedulingIgnoredDuringExecution",
    "nodeSelectorTerms"
  );
  for (const term of terms?.items() ?? []) {
    for (const expression of term.get("matchExpressions")?.items() ?? []) {
      const key = expression.get("key")?.text;
      const values = expression.get("values");
      if (key === void 0 || expression.get("operator")?.text !== "In" || values === void 0 || labels.has(key))
        continue;
      const texts = values.items().flatMap((v) => v.text === void 0 ? [] : [v.text]);
      if (texts.length > 0) labels.set(key, { values: texts, at: values.items()[0]?.at ?? values.at });
    }
  }
  return labels;
}
function acceleratorOf(pod, resource2, b) {
  const labels = placementLabels(pod);
  const pick = (key, map2) => {
    const label = labels.get(key);
    const first2 = label?.values[0];
    if (label === void 0 || first2 === void 0) return void 0;
    if (label.values.length > 1)
      b.note(`\`${key}\` allows ${label.values.join(", ")}: estimated with ${first2}, the first`);
    const id = map2(first2);
    return id === void 0 ? void 0 : { id, at: label.at };
  };
  if (resource2 === "google.com/tpu") return pick("cloud.google.com/gke-tpu-accelerator", (v) => mapName(GKE_TPUS, v));
  return pick("nvidia.com/gpu.product", (v) => gfdProduct(v, b)) ?? pick("cloud.google.com/gke-accelerator", (v) => mapName(GKE_ACCELERATORS, v)) ?? pick("karpenter.k8s.aws/instance-gpu-name", (v) => {
    const open = AMBIGUOUS_NAMES[v.toLowerCase()];
    if (open === void 0) return mapName(KARPENTER_GPU_NAMES, v);
    b.note(`\`karpenter.k8s.aws/instance-gpu-name: ${v}\` is ${open}: give \`accelerator\` in the workload`);
    return void 0;
  }) ?? pick("node.kubernetes.io/instance-type", (v) => instanceAccelerator(v, b)) ?? pick("beta.kubernetes.io/instance-type", (v) => instanceAccelerator(v, b));
}
function gfdProduct(product, b) {
  const part = /-SHARED$/i.test(product) ? "a shared (time-sliced or MPS) GPU" : /-MIG-/i.test(product) ? "a MIG slice of a GPU" : void 0;
  if (part === void 0) return product;
  b.note(
    `\`nvidia.com/gpu.product: ${product}\` is ${part}: \`nvidia.com/gpu\` counts its shares, not GPUs; give \`accelerator\` and \`count\` (or \`power\`) in the workload`
  );
  return void 0;
}
function instanceAccelerator(type2, b) {
  const found = findInstance(type2);
  if (found.ok) return found.value.accelerator.id;
  b.note(`instance type \`${type2}\` is not in the catalog: give \`accelerator\` in the workload`);
  return void 0;
}
function regionOf(pod) {
  const labels = placementLabels(pod);
  const region = labels.get("topology.kubernetes.io/region");
  const value = region?.values[0];
  if (region === void 0 || value === void 0) return void 0;
  const keys = [...labels.keys()];
  const cloud = keys.some((k) => k.startsWith("cloud.google.com/")) ? "gcp" : keys.some((k) => k.startsWith("karpenter.k8s.aws/") || k.startsWith("eks.amazonaws.com/")) ? "aws" : keys.some((k) => k.startsWith("kubernetes.azure.com/")) ? "azure" : void 0;
  return cloud === void 0 ? void 0 : { value: `${cloud}:${value}`, at: region.at };
}
function readResource(doc, d) {
  const kind = doc.get("kind")?.text;
  const name = doc.path("metadata", "name")?.text ?? doc.path("metadata", "generateName")?.text ?? "(unnamed)";
  if (kind === void 0) return void 0;
  const b = new FieldsBuilder();
  const groups = podGroups(kind, doc, b, d);
  if (groups === void 0) return void 0;
  let total = 0;
  let first2;
  const parts = [];
  for (const g of groups) {
    const gpus = podGpus(g.pod, d);
    if (gpus === void 0 || gpus.count === 0 || g.replicas === 0) continue;
    total += gpus.count * g.replicas;
    parts.push(`${gpus.count} x ${g.replicas} ${g.label}`);
    first2 ??= { gpus, group: g };
  }
  if (first2 === void 0) return void 0;
  b.set("count", total, first2.group.replicasAt ?? first2.gpus.at);
  if (parts.length > 1 || first2.group.replicas > 1)
    b.note(`count ${total} = ${parts.join(" + ")} (${first2.gpus.resource})`);
  const accelerator = acceleratorOf(first2.group.pod, first2.gpus.resource, b);
  if (accelerator !== void 0) b.set("accelerator", accelerator.id, accelerator.at);
  else if ((first2.gpus.resource === "nvidia.com/gpu" || first2.gpus.resource === "amd.com/gpu") && // A label that names the GPU but not the board has said so already.
  !b.notes.some((note) => note.includes("give `accelerator`")))
    b.note(`the pods ask for \`${first2.gpus.resource}\` without a label naming the model: give \`accelerator\``);
  const region = regionOf(first2.group.pod);
  if (region !== void 0) b.set("region", region.value, region.at);
  return b.build("kubernetes", `${kind}/${name}`, doc.at);
}
function resources(doc) {
  return doc.get("kind")?.text === "List" ? doc.get("items")?.items() ?? [] : [doc];
}
var readKubernetes = (text, file) => {
  const { docs, diagnostics } = readSpecYaml(text, file);
  const problems = [...diagnostics];
  const workloads = docs.flatMap(resources).flatMap((doc) => readResource(doc, problems) ?? []);
  return { workloads, diagnostics: problems };
};

// src/adapters/skypilot.ts
var CLOUDS = { aws: "aws", gcp: "gcp", azure: "azure" };
function candidates(node, diagnostics) {
  const one = (text, at2) => {
    const [name = "", count] = text.split(":").map((s) => s.trim());
    const perNode = count === void 0 ? 1 : wholeNumber(count);
    if (name === "" || perNode === void 0 || perNode === 0) {
      diagnostics.push(
        problem(at2, `\`accelerators\`: ${showValue(text)} is not \`NAME\` or \`NAME:COUNT\` (e.g. \`A100:8\`)`)
      );
      return void 0;
    }
    return { name, perNode, at: at2 };
  };
  if (node.text !== void 0) return [one(node.text, node.at)].flatMap((a) => a ?? []);
  if (node.isList)
    return node.items().flatMap((item) => item.text === void 0 ? [] : [one(item.text, item.at) ?? []].flat());
  if (node.isMapping) {
    return node.entries().flatMap(([name, count]) => {
      const perNode = count.scalar === null ? 1 : wholeNumber(count.scalar ?? void 0);
      if (perNode === void 0 || perNode === 0) {
        diagnostics.push(
          problem(
            count.at,
            `\`accelerators\`: the count of ${name} must be a whole number, got ${showValue(count.scalar)}`
          )
        );
        return [];
      }
      return [{ name, perNode, at: count.keyAt }];
    });
  }
  diagnostics.push(
    problem(node.at, "`accelerators` must be `NAME:COUNT`, a mapping `{NAME: COUNT}` or a list of them")
  );
  return [];
}
function chosenResources(resources2, b) {
  const ordered = resources2.get("ordered");
  const anyOf = resources2.get("any_of");
  const alternatives = ordered ?? anyOf;
  const first2 = alternatives?.items()[0];
  if (alternatives === void 0 || first2 === void 0) return [resources2];
  const count = alternatives.items().length;
  b.note(
    ordered !== void 0 ? `estimated with the first of ${count} \`ordered\` resources, the one SkyPilot tries first` : `estimated with the first of ${count} \`any_of\` resources (SkyPilot picks the cheapest available)`
  );
  return [first2, resources2];
}
function fromLayers(layers, key) {
  for (const layer of layers) {
    const found = layer.get(key);
    if (found !== void 0 && found.scalar !== null) return found;
  }
  return void 0;
}
function readTask(doc, file, index, diagnostics) {
  const resources2 = doc.get("resources");
  const numNodes = doc.get("num_nodes");
  if (resources2 === void 0 && numNodes === void 0) return void 0;
  const b = new FieldsBuilder();
  const layers = resources2?.isMapping === true ? chosenResources(resources2, b) : [];
  let nodes = 1;
  if (numNodes !== void 0) {
    const n = wholeNumber(numNodes.scalar ?? void 0);
    if (n === void 0 || n === 0)
      diagnostics.push(
        problem(numNodes.at, `\`num_nodes\` must be a whole number of nodes, got ${showValue(numNodes.scalar)}`)
      );
    else nodes = n;
  }
  const acceleratorsNode = fromLayers(layers, "accelerators");
  const found = acceleratorsNode === void 0 ? [] : candidates(acceleratorsNode, diagnostics);
  const chosen = found[0];
  if (chosen !== void 0) {
    if (found.length > 1)
      b.note(
        `estimated with ${chosen.name}, the first of the candidate accelerators ${found.map((a) => a.name).join(", ")}`
      );
    const board = boardOf(chosen, cloudOf(layers), b);
    if (board !== void 0) b.set("accelerator", board, chosen.at);
    b.set("count", chosen.perNode * nodes, numNodes?.at ?? chosen.at);
    if (nodes > 1)
      b.note(`count ${chosen.perNode * nodes} = ${chosen.perNode} ${chosen.name} per node x ${nodes} nodes`);
  }
  const instanceType = fromLayers(layers, "instance_type");
  if (instanceType?.text !== void 0) {
    if (chosen === void 0) {
      b.set("instance", instanceType.text, instanceType.at);
      b.set("count", nodes, numNodes?.at ?? instanceType.at);
    } else b.note(`instance_type ${instanceType.text} not used: the accelerators say the hardware`);
  }
  readPlace(layers, b);
  const name = doc.get("name")?.text ?? (index === 0 ? stem(file) : `${stem(file)}-${index + 1}`);
  return b.build("skypilot", name, (resources2 ?? doc).keyAt);
}
function cloudOf(layers) {
  const infra = fromLayers(layers, "infra")?.text;
  const cloud = infra === void 0 ? fromLayers(layers, "cloud")?.text : infra.split("/")[0];
  const trimmed = cloud?.trim().toLowerCase();
  return trimmed === "" ? void 0 : trimmed;
}
function boardOf(chosen, cloud, b) {
  const { name, at: at2 } = chosen;
  const key = name.trim().toLowerCase();
  const onCloud = cloud === void 0 ? void 0 : SKYPILOT_BY_CLOUD[cloud]?.[key];
  if (onCloud !== void 0) return onCloud;
  const open = SKYPILOT_OPEN[key];
  if (open === void 0) return mapName(SKYPILOT_ACCELERATORS, name);
  const where = cloud === void 0 ? "the task names no cloud" : `on ${cloud} it is not pinned down`;
  const pinned = Object.entries(SKYPILOT_BY_CLOUD).flatMap(([c, boards]) => {
    const board = boards[key];
    return board === void 0 ? [] : [[c, board]];
  });
  b.openByCloud({
    name,
    at: at2,
    boards: cloud === void 0 ? Object.fromEntries(pinned) : {},
    open: `SkyPilot's \`${name}\` is ${open} by cloud (SXM on gcp and aws) and ${where}: give \`accelerator\` in the workload` + (cloud === void 0 ? ", or a gcp or aws `region`" : "")
  });
  return void 0;
}
function readPlace(layers, b) {
  const infra = fromLayers(layers, "infra");
  const cloudNode = fromLayers(layers, "cloud");
  const regionNode = fromLayers(layers, "region");
  let cloud;
  let region;
  let at2;
  if (infra?.text !== void 0) {
    [cloud, region] = infra.text.split("/").map((s) => s.trim().toLowerCase());
    at2 = infra.at;
  } else {
    cloud = cloudNode?.text?.trim().toLowerCase();
    region = regionNode?.text?.trim();
    at2 = regionNode?.at ?? cloudNode?.at;
  }
  if (cloud === void 0 || at2 === void 0) return;
  const prefix = CLOUDS[cloud];
  if (prefix === void 0) {
    b.note(`cloud \`${cloud}\`: no grid region known for it; give \`region\` in the workload`);
    return;
  }
  if (region === void 0 || region === "" || region === "*") {
    b.note(`${cloud} without a region: give \`region\` in the workload`);
    return;
  }
  b.set("region", `${prefix}:${region}`, at2);
}
var readSkyPilot = (text, file) => {
  const { docs, diagnostics } = readSpecYaml(text, file);
  const problems = [...diagnostics];
  const workloads = docs.flatMap((doc, index) => readTask(doc, file, index, problems) ?? []);
  return { workloads, diagnostics: problems };
};

// src/adapters/slurm.ts
var SHORT = {
  N: "nodes",
  G: "gpus",
  t: "time",
  J: "job-name",
  a: "array",
  n: "ntasks"
};
function headerOptions(text, file) {
  const options = /* @__PURE__ */ new Map();
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  for (const [i, line] of lines.entries()) {
    const trimmed = line.trim();
    if (i === 0 && trimmed.startsWith("#!")) continue;
    if (trimmed !== "" && !trimmed.startsWith("#")) break;
    const header = /^(\s*#SBATCH\s+)(.*)$/.exec(line);
    if (header === null) continue;
    const words = [];
    const rest = header[2] ?? "";
    const re = /(?:"[^"]*"|'[^']*'|\S)+/g;
    for (let m = re.exec(rest); m !== null; m = re.exec(rest)) {
      if (m[0].startsWith("#")) break;
      words.push({ text: m[0].replace(/["']/g, ""), column: (header[1]?.length ?? 0) + m.index + 1 });
    }
    for (let w = 0; w < words.length; w++) {
      const word = words[w];
      if (word === void 0) continue;
      const at2 = { file, line: i + 1, column: word.column };
      const long = /^--([A-Za-z-]+)(?:=(.*))?$/.exec(word.text);
      const short = /^-([A-Za-z])(.*)$/.exec(word.text);
      let name;
      let value;
      if (long !== null) {
        name = long[1];
        value = long[2];
      } else if (short !== null) {
        name = SHORT[short[1] ?? ""] ?? short[1];
        value = short[2] === "" ? void 0 : short[2]?.replace(/^=/, "");
      } else continue;
      if (value === void 0) {
        const next = words[w + 1];
        if (next !== void 0 && !next.text.startsWith("-")) {
          value = next.text;
          w++;
        }
      }
      if (name !== void 0) options.set(name, { value: value ?? "", at: at2 });
    }
  }
  return options;
}
function slurmHours(value) {
  const v = value.trim();
  const n = (s) => s !== void 0 && /^\d+$/.test(s) ? Number(s) : NaN;
  let days = 0;
  let clock = v;
  const dash = /^(\d+)-(.+)$/.exec(v);
  if (dash !== null) {
    days = n(dash[1]);
    clock = dash[2] ?? "";
    const [h, m = "0", s = "0", extra2] = clock.split(":");
    if (extra2 !== void 0) return void 0;
    const hours2 = days * 24 + n(h) + n(m) / 60 + n(s) / 3600;
    return Number.isFinite(hours2) ? hours2 : void 0;
  }
  const parts = clock.split(":");
  const [a, b, c, extra] = parts;
  if (extra !== void 0) return void 0;
  const hours = parts.length === 1 ? n(a) / 60 : parts.length === 2 ? n(a) / 60 + n(b) / 3600 : n(a) + n(b) / 60 + n(c) / 3600;
  return Number.isFinite(hours) ? hours : void 0;
}
function arrayCount(value) {
  const list = value.trim().replace(/%\d+$/, "");
  let count = 0;
  for (const part of list.split(",")) {
    const m = /^(\d+)(?:-(\d+)(?::(\d+))?)?$/.exec(part.trim());
    if (m === null) return void 0;
    const start = Number(m[1]);
    const end = m[2] === void 0 ? start : Number(m[2]);
    const step = m[3] === void 0 ? 1 : Number(m[3]);
    if (end < start || step < 1) return void 0;
    count += Math.floor((end - start) / step) + 1;
  }
  return count > 0 ? count : void 0;
}
function gresGpus(value) {
  for (const item of value.split(",")) {
    const [kind, ...rest] = item.trim().split(":");
    if (kind !== "gpu") continue;
    const last = rest[rest.length - 1];
    const count = last === void 0 ? 1 : wholeNumber(last);
    if (count === void 0) return rest.length === 1 ? { type: rest[0] ?? "", count: 1 } : "bad";
    const type2 = rest.length >= 2 ? rest.slice(0, -1).join(":") : void 0;
    return { count, ...type2 === void 0 ? {} : { type: type2 } };
  }
  return void 0;
}
function typedCount(value) {
  const parts = value.trim().split(":");
  const count = wholeNumber(parts[parts.length - 1]);
  if (count === void 0 || count === 0) return void 0;
  return parts.length > 1 ? { type: parts.slice(0, -1).join(":"), count } : { count };
}
var readSlurm = (text, file) => {
  const options = headerOptions(text, file);
  const diagnostics = [];
  const b = new FieldsBuilder();
  const bad = (o, name2, expected) => diagnostics.push(problem(o.at, `\`--${name2}\` must be ${expected}, got \`${printable(o.value)}\``));
  const whole = (name2) => {
    const o = options.get(name2);
    if (o === void 0) return void 0;
    const n = wholeNumber(o.value);
    if (n !== void 0 && n > 0) return n;
    const range = /^(\d+)-(\d+)$/.exec(o.value.trim());
    if (range !== null && Number(range[1]) > 0) {
      b.note(`\`--${name2}=${o.value}\` is a range: estimated with ${range[1]}, its minimum`);
      return Number(range[1]);
    }
    bad(o, name2, "a whole number");
    return void 0;
  };
  const nodes = whole("nodes") ?? 1;
  const nodesAt = options.get("nodes")?.at;
  let count;
  const typed = (name2, scale, why) => {
    const o = options.get(name2);
    if (o === void 0 || count !== void 0) return;
    const found = typedCount(o.value);
    if (found === void 0) return bad(o, name2, "`[type:]count`, e.g. `4` or `a100:4`");
    count = { n: found.count * scale, at: nodesAt ?? o.at, ...found.type === void 0 ? {} : { type: found.type } };
    if (scale > 1) b.note(`count ${found.count * scale} = ${found.count} (\`--${name2}\`) x ${why}`);
  };
  typed("gpus", 1, "");
  typed("gpus-per-node", nodes, `${nodes} nodes`);
  const gres = options.get("gres");
  if (gres !== void 0 && count === void 0) {
    const found = gresGpus(gres.value);
    if (found === "bad") bad(gres, "gres", "`gpu[:type]:count`, e.g. `gpu:a100:4`");
    else if (found !== void 0) {
      count = {
        n: found.count * nodes,
        at: nodesAt ?? gres.at,
        ...found.type === void 0 ? {} : { type: found.type }
      };
      if (nodes > 1) b.note(`count ${found.count * nodes} = ${found.count} (\`--gres\`) x ${nodes} nodes`);
    }
  }
  if (count === void 0 && options.has("gpus-per-task")) {
    const perNode = whole("ntasks-per-node");
    const tasks = whole("ntasks");
    const scale = perNode !== void 0 ? perNode * nodes : tasks ?? 1;
    const why = perNode !== void 0 ? `${perNode} tasks per node x ${nodes} nodes` : `${tasks ?? 1} tasks`;
    typed("gpus-per-task", scale, why);
  }
  if (count !== void 0) {
    b.set("count", count.n, count.at);
    const typeAt = (options.get("gres") ?? options.get("gpus-per-node") ?? options.get("gpus") ?? options.get("gpus-per-task"))?.at;
    if (count.type !== void 0 && typeAt !== void 0) b.set("accelerator", count.type, typeAt);
  }
  const time = options.get("time");
  if (time !== void 0) {
    const hours = slurmHours(time.value);
    if (/^(?:unlimited|infinite)$/i.test(time.value.trim()))
      b.note("`--time` is unlimited: give `hours` in the workload");
    else if (hours === void 0 || hours <= 0)
      bad(time, "time", "a Slurm time (`minutes`, `MM:SS`, `HH:MM:SS`, `D-HH`, `D-HH:MM` or `D-HH:MM:SS`)");
    else {
      b.set("hours", hours, time.at);
      b.note("hours from `--time`, the time limit: the longest a run may take");
    }
  }
  const array = options.get("array");
  if (array !== void 0) {
    const runs = arrayCount(array.value);
    if (runs === void 0) bad(array, "array", "indices such as `0-15`, `1,3,5` or `0-15:4`");
    else b.set("runs", runs, array.at);
  }
  if (count === void 0 && options.size > 0) b.note("the header asks for no GPU: give `accelerator` and `count`");
  const name = options.get("job-name")?.value ?? stem(file);
  const at2 = [...options.values()][0]?.at ?? { file, line: 1, column: 1 };
  return { workloads: options.size > 0 ? [b.build("slurm", name, at2)] : [], diagnostics };
};

// src/adapters/terraform-positions.ts
function escape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
function closing(text, open) {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      for (i++; i < text.length && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (c === "#" || c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i;
  }
  return text.length;
}
function blockAt(text, keyword, labels, within) {
  const header = new RegExp(`^[ \\t]*${keyword}${labels.map((l) => `\\s+"?${escape(l)}"?`).join("")}\\s*\\{`, "gm");
  header.lastIndex = within?.start ?? 0;
  const m = header.exec(text);
  if (m === null || within !== void 0 && m.index >= within.end) return void 0;
  const start = m.index + m[0].length - m[0].trimStart().length;
  return { start, end: closing(text, m.index + m[0].length - 1) };
}
function position(text, file, offset) {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { file, line, column: offset - before.lastIndexOf("\n") };
}
function childAt(text, open, close, key) {
  return childrenAt(text, open, close, key)[0];
}
function childrenAt(text, open, close, key) {
  const head = new RegExp(`^(${escape(key)})\\s*(=|\\{)`);
  const found = [];
  let lineStart = true;
  for (let i = open + 1; i < close; i++) {
    const c = text[i];
    if (c === "\n") {
      lineStart = true;
      continue;
    }
    if (c === " " || c === "	") continue;
    if (lineStart) {
      const m = head.exec(text.slice(i, i + key.length + 64));
      if (m !== null) found.push({ at: i, block: m[2] === "{" });
    }
    lineStart = false;
    if (c === '"') {
      for (i++; i < close && text[i] !== '"'; i++) if (text[i] === "\\") i++;
    } else if (c === "#" || c === "/" && text[i + 1] === "/") {
      while (i < close && text[i + 1] !== "\n") i++;
    } else if (c === "{") i = closing(text, i);
  }
  return found;
}
function childBlocks(text, range, key) {
  const open = text.indexOf("{", range.start);
  return childrenAt(text, open, range.end, key).filter((c) => c.block).map((c) => ({ start: c.at, end: closing(text, text.indexOf("{", c.at)) }));
}
function attributeAt(text, file, range, path) {
  let open = text.indexOf("{", range.start);
  let close = range.end;
  let found = range.start;
  for (const key of path) {
    const child = childAt(text, open, close, key);
    if (child === void 0) break;
    found = child.at;
    if (!child.block) break;
    open = text.indexOf("{", child.at);
    close = closing(text, open);
  }
  return position(text, file, found);
}

// src/adapters/terraform-values.ts
function obj(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function bodies(value) {
  const list = Array.isArray(value) ? value : [value];
  return list.map(obj).filter((v) => v !== void 0);
}
function first(value) {
  return bodies(value)[0];
}
function defaults(root) {
  const out = /* @__PURE__ */ new Map();
  for (const [name, body] of Object.entries(obj(root.variable) ?? {})) {
    const d = first(body)?.default;
    if (typeof d === "string" || typeof d === "number") out.set(name, d);
  }
  return out;
}
function reference(value) {
  if (typeof value !== "string") return void 0;
  const m = /^\$\{\s*([a-z][a-z0-9_]*)\.([A-Za-z_][\w-]*)\.([a-z_]+)\s*\}$/.exec(value);
  if (m === null || m[1] === "var" || m[1] === "local" || m[1] === "module" || m[1] === "data") return void 0;
  return { type: m[1] ?? "", name: m[2] ?? "", attribute: m[3] ?? "" };
}
function resource(ctx, type2, name) {
  const body = first(obj(obj(ctx.root.resource)?.[type2])?.[name]);
  const range = blockAt(ctx.text, "resource", [type2, name]);
  return body === void 0 || range === void 0 ? void 0 : { type: type2, name, body, range };
}
function literal(ctx, value, path, field) {
  if (value === void 0) return void 0;
  if (typeof value === "number") return value;
  if (typeof value !== "string") {
    ctx.b.note(`\`${path.join(".")}\` is not a literal value: give \`${field}\` in the workload`);
    return void 0;
  }
  const ref = /^\$\{\s*([^}]*?)\s*\}$/.exec(value);
  if (ref === null) return value;
  const v = /^var\.([A-Za-z_][\w-]*)$/.exec(ref[1] ?? "");
  const d = v === null ? void 0 : ctx.vars.get(v[1] ?? "");
  if (v !== null && d !== void 0 && (typeof d === "string" || typeof d === "number")) {
    ctx.b.note(`\`${path.join(".")}\` is \`var.${v[1]}\`: used its default ${JSON.stringify(d)}`);
    return d;
  }
  ctx.b.note(
    `\`${path.join(".")}\` is \`${ref[1]}\`, which carbon-budget cannot resolve: give \`${field}\` in the workload`
  );
  return void 0;
}
function at(ctx, path, range = ctx.range) {
  return attributeAt(ctx.text, ctx.file, range, path);
}
function blockRange(ctx, path) {
  let range = ctx.range;
  for (const key of path) range = range === void 0 ? void 0 : childBlocks(ctx.text, range, key)[0];
  return range;
}
function gpuInstance(type2) {
  return typeof type2 === "string" && findInstance(type2).ok;
}
function setCount(ctx, value, path, times = 1) {
  const n = literal(ctx, value, path, "count");
  const whole = wholeNumber(n);
  if (n !== void 0 && whole === void 0) ctx.b.note(`\`${path.join(".")}\` is not a whole number: give \`count\``);
  if (whole !== void 0) ctx.b.set("count", whole * times, at(ctx, path));
}
function setInstances(ctx, body, times = 1) {
  if (body.count === void 0) ctx.b.set("count", times, at(ctx, []));
  else setCount(ctx, body.count, ["count"], times);
}
function providerAt(ctx, name, attribute) {
  const range = blockAt(ctx.text, "provider", [name]);
  return range === void 0 ? at(ctx, []) : attributeAt(ctx.text, ctx.file, range, [attribute]);
}
function awsRegion(ctx) {
  const region = first(obj(ctx.root.provider)?.aws)?.region;
  const value = typeof region === "string" && !region.startsWith("${") ? region : void 0;
  if (value === void 0) {
    ctx.b.note('no literal `region` in provider "aws": give `region` in the workload');
    return;
  }
  ctx.b.set("region", `aws:${value}`, providerAt(ctx, "aws", "region"));
}
function setAzureRegion(ctx, location, where) {
  ctx.b.set("region", `azure:${location.toLowerCase().replace(/\s+/g, "")}`, where);
}
function azureRegion(ctx, body, owner) {
  const location = (owner?.body ?? body).location;
  const range = owner?.range ?? ctx.range;
  const label = owner === void 0 ? [] : [`${owner.type}.${owner.name}`];
  const ref = reference(location);
  if (ref?.type === "azurerm_resource_group" && ref.attribute === "location") {
    const group2 = resource(ctx, ref.type, ref.name);
    const value2 = group2?.body.location;
    if (group2 !== void 0 && typeof value2 === "string" && !value2.startsWith("${")) {
      ctx.b.note(`\`${[...label, "location"].join(".")}\` is azurerm_resource_group.${ref.name}'s`);
      setAzureRegion(ctx, value2, at(ctx, ["location"], group2.range));
      return;
    }
  }
  const value = literal(ctx, location, [...label, "location"], "region");
  if (typeof value === "string") setAzureRegion(ctx, value, at(ctx, ["location"], range));
}
function gcpRegion(ctx, body) {
  for (const key of ["location", "zone", "region"]) {
    const value = literal(ctx, body[key], [key], "region");
    if (typeof value === "string") {
      ctx.b.set("region", `gcp:${value.replace(/-[a-z]$/, "")}`, at(ctx, [key]));
      return;
    }
  }
  const provider = first(obj(ctx.root.provider)?.google);
  for (const key of ["region", "zone"]) {
    const value = provider?.[key];
    if (typeof value === "string" && !value.startsWith("${")) {
      ctx.b.set("region", `gcp:${value.replace(/-[a-z]$/, "")}`, providerAt(ctx, "google", key));
      return;
    }
  }
  ctx.b.note('no literal `location`, `zone` or provider "google" `region`: give `region` in the workload');
}

// src/adapters/terraform-readers.ts
function launchTemplate(ctx, spec) {
  if (spec === void 0) return void 0;
  for (const key of ["id", "name"]) {
    const ref = reference(spec[key]);
    if (ref?.type === "aws_launch_template") return resource(ctx, ref.type, ref.name);
  }
  const name = spec.name;
  if (typeof name !== "string" || name.startsWith("${")) return void 0;
  const templates = obj(obj(ctx.root.resource)?.aws_launch_template) ?? {};
  const found = Object.keys(templates).find((n) => first(templates[n])?.name === name);
  return found === void 0 ? void 0 : resource(ctx, "aws_launch_template", found);
}
function templateInstance(ctx, template) {
  if (template === void 0) return false;
  const path = [`aws_launch_template.${template.name}`, "instance_type"];
  const type2 = literal(ctx, template.body.instance_type, path, "instance");
  if (!gpuInstance(type2)) return false;
  ctx.b.set("instance", type2, at(ctx, ["instance_type"], template.range));
  ctx.b.note(`instance type from aws_launch_template.${template.name}`);
  return true;
}
function groupsUsing(ctx, name) {
  const out = [];
  for (const type2 of ["aws_autoscaling_group", "aws_eks_node_group"]) {
    for (const [group2, list] of Object.entries(obj(obj(ctx.root.resource)?.[type2]) ?? {})) {
      const spec = first(first(list)?.launch_template);
      if (spec === void 0) continue;
      const refs = [reference(spec.id), reference(spec.name)];
      if (refs.some((r) => r?.type === "aws_launch_template" && r.name === name)) out.push(`${type2}/${group2}`);
    }
  }
  return out;
}
function guestAccelerators(ctx, body, prefix) {
  const guests = bodies(body.guest_accelerator);
  if (guests.length === 0) return void 0;
  const path = [...prefix, "guest_accelerator"];
  const ranges = childBlocks(ctx.text, blockRange(ctx, prefix) ?? ctx.range, "guest_accelerator");
  let board;
  let total = 0;
  for (const [i, guest] of guests.entries()) {
    const range = ranges[i];
    const typeAt = range === void 0 ? at(ctx, [...path, "type"]) : at(ctx, ["type"], range);
    const type2 = literal(ctx, guest.type, [...path, "type"], "accelerator");
    const mapped = typeof type2 === "string" ? mapName(GKE_ACCELERATORS, type2) : void 0;
    if (guests.length > 1 && mapped === void 0) {
      ctx.problems.push({
        at: typeAt,
        message: `\`${path.join(".")}\` ${i + 1} of ${guests.length} has no literal \`type\`, so carbon-budget cannot tell whether the blocks are one accelerator type: write a workload for each type instead of \`from\``
      });
      return { perInstance: void 0 };
    }
    if (board !== void 0 && mapped !== void 0 && mapped !== board) {
      ctx.problems.push({
        at: typeAt,
        message: `\`${path.join(".")}\` blocks name ${board} and ${mapped}; carbon-budget estimates one accelerator type per workload: write a workload for each type (\`accelerator\`, \`count\`) instead of \`from\``
      });
      return { perInstance: void 0 };
    }
    if (board === void 0 && mapped !== void 0) {
      board = mapped;
      ctx.b.set("accelerator", mapped, typeAt);
    }
    const count = wholeNumber(literal(ctx, guest.count ?? 1, [...path, "count"], "count"));
    total = total === void 0 || count === void 0 ? void 0 : total + count;
  }
  if (guests.length > 1 && total !== void 0)
    ctx.b.note(`${guests.length} \`guest_accelerator\` blocks of ${board ?? ""}: ${total} per instance in all`);
  return { perInstance: total };
}
function aksNodes(ctx, pool, prefix) {
  if (pool.node_count !== void 0) setCount(ctx, pool.node_count, [...prefix, "node_count"]);
  else if (pool.min_count !== void 0) {
    ctx.b.note(`nodes from \`${[...prefix, "min_count"].join(".")}\``);
    setCount(ctx, pool.min_count, [...prefix, "min_count"]);
  } else ctx.b.note("no `node_count` or `min_count`: give `count`");
}
var AZURE_VM = {
  blocks: [],
  read(ctx, body) {
    const type2 = literal(ctx, body.size, ["size"], "instance");
    if (!gpuInstance(type2)) return false;
    ctx.b.set("instance", type2, at(ctx, ["size"]));
    setInstances(ctx, body);
    azureRegion(ctx, body);
    return true;
  }
};
var AZURE_SCALE_SET = {
  blocks: [],
  read(ctx, body) {
    const type2 = literal(ctx, body.sku, ["sku"], "instance");
    if (!gpuInstance(type2)) return false;
    ctx.b.set("instance", type2, at(ctx, ["sku"]));
    if (body.instances !== void 0) setCount(ctx, body.instances, ["instances"]);
    else ctx.b.note("no `instances` (the provider's default is 0, and autoscaling sets it): give `count`");
    azureRegion(ctx, body);
    return true;
  }
};
var READERS = {
  aws_instance: {
    blocks: [],
    read(ctx, body) {
      const type2 = literal(ctx, body.instance_type, ["instance_type"], "instance");
      if (!gpuInstance(type2)) return false;
      ctx.b.set("instance", type2, at(ctx, ["instance_type"]));
      setInstances(ctx, body);
      awsRegion(ctx);
      return true;
    }
  },
  // https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_node_group:
  // `instance_types`, else the launch template's `instance_type` (the default, t3.medium, has no GPU).
  aws_eks_node_group: {
    blocks: [["scaling_config"], ["launch_template"]],
    read(ctx, body) {
      const types2 = body.instance_types;
      if (types2 === void 0) {
        if (!templateInstance(ctx, launchTemplate(ctx, first(body.launch_template)))) return false;
      } else {
        const type2 = Array.isArray(types2) ? literal(ctx, types2[0], ["instance_types"], "instance") : void 0;
        if (!gpuInstance(type2)) return false;
        if (Array.isArray(types2) && types2.length > 1)
          ctx.b.note(`estimated with the first of ${types2.length} \`instance_types\``);
        ctx.b.set("instance", type2, at(ctx, ["instance_types"]));
      }
      setCount(ctx, first(body.scaling_config)?.desired_size, ["scaling_config", "desired_size"]);
      awsRegion(ctx);
      return true;
    }
  },
  // https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/autoscaling_group:
  // a `launch_template` block (`id` or `name`) and `desired_capacity`, "the number of Amazon EC2
  // instances that should be running in the group". Without it, AWS starts the group at `min_size`:
  // "If you do not specify a desired capacity, the default is the minimum size of the group"
  // (CreateAutoScalingGroup, https://docs.aws.amazon.com/sdk-for-kotlin/api/latest/autoscaling/aws.sdk.kotlin.services.autoscaling.model/-create-auto-scaling-group-request/desired-capacity.html).
  aws_autoscaling_group: {
    blocks: [["launch_template"]],
    read(ctx, body) {
      if (!templateInstance(ctx, launchTemplate(ctx, first(body.launch_template)))) return false;
      if (body.desired_capacity !== void 0) setCount(ctx, body.desired_capacity, ["desired_capacity"]);
      else {
        ctx.b.note("no `desired_capacity`: AWS starts the group at `min_size`");
        setCount(ctx, body.min_size, ["min_size"]);
      }
      awsRegion(ctx);
      return true;
    }
  },
  // A launch template runs nothing until a group launches from it: read only when picked.
  aws_launch_template: {
    blocks: [],
    pickOnly: true,
    read(ctx, body) {
      const type2 = literal(ctx, body.instance_type, ["instance_type"], "instance");
      if (!gpuInstance(type2)) return false;
      ctx.b.set("instance", type2, at(ctx, ["instance_type"]));
      const groups = groupsUsing(ctx, ctx.name);
      ctx.b.note(
        "a launch template runs nothing by itself: point `from` at the group that launches from it" + (groups.length > 0 ? ` (${groups.join(", ")})` : "") + ", or give `count`"
      );
      awsRegion(ctx);
      return true;
    }
  },
  google_compute_instance: {
    blocks: [["guest_accelerator"]],
    read(ctx, body) {
      const type2 = literal(ctx, body.machine_type, ["machine_type"], "instance");
      const guests = guestAccelerators(ctx, body, []);
      if (guests === void 0) {
        if (!gpuInstance(type2)) return false;
        ctx.b.set("instance", type2, at(ctx, ["machine_type"]));
        setInstances(ctx, body);
      } else if (guests.perInstance !== void 0) {
        if (body.count === void 0) ctx.b.set("count", guests.perInstance, at(ctx, ["guest_accelerator", "count"]));
        else setCount(ctx, body.count, ["count"], guests.perInstance);
      }
      gcpRegion(ctx, body);
      return true;
    }
  },
  google_container_node_pool: {
    blocks: [["node_config"], ["node_config", "guest_accelerator"], ["autoscaling"]],
    read(ctx, body) {
      const config = first(body.node_config) ?? {};
      const type2 = literal(ctx, config.machine_type, ["node_config", "machine_type"], "instance");
      const guests = guestAccelerators(ctx, config, ["node_config"]);
      if (guests === void 0 && !gpuInstance(type2)) return false;
      const scaling = first(body.autoscaling);
      const [key, path] = body.node_count !== void 0 ? ["node_count", ["node_count"]] : scaling?.min_node_count !== void 0 ? ["autoscaling.min_node_count", ["autoscaling", "min_node_count"]] : ["initial_node_count", ["initial_node_count"]];
      const nodes = key === "node_count" ? body.node_count : key === "initial_node_count" ? body.initial_node_count : scaling?.min_node_count;
      if (key !== "node_count") ctx.b.note(`nodes from \`${key}\``);
      if (guests !== void 0) {
        if (guests.perInstance !== void 0) setCount(ctx, nodes, path, guests.perInstance);
      } else if (typeof type2 === "string") {
        ctx.b.set("instance", type2, at(ctx, ["node_config", "machine_type"]));
        setCount(ctx, nodes, path);
      }
      gcpRegion(ctx, body);
      return true;
    }
  },
  azurerm_linux_virtual_machine: AZURE_VM,
  azurerm_windows_virtual_machine: AZURE_VM,
  azurerm_linux_virtual_machine_scale_set: AZURE_SCALE_SET,
  azurerm_windows_virtual_machine_scale_set: AZURE_SCALE_SET,
  // https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster_node_pool:
  // the pool has no `location`; it is its cluster's (`kubernetes_cluster_id`), when that is in the file.
  azurerm_kubernetes_cluster_node_pool: {
    blocks: [],
    read(ctx, body) {
      const type2 = literal(ctx, body.vm_size, ["vm_size"], "instance");
      if (!gpuInstance(type2)) return false;
      ctx.b.set("instance", type2, at(ctx, ["vm_size"]));
      aksNodes(ctx, body, []);
      const ref = reference(body.kubernetes_cluster_id);
      const cluster = ref?.type === "azurerm_kubernetes_cluster" ? resource(ctx, ref.type, ref.name) : void 0;
      if (cluster === void 0) {
        ctx.b.note(
          "AKS node pool: the region is its cluster's, which is not in this file: give `region` in the workload"
        );
      } else {
        ctx.b.note(`region from its cluster, azurerm_kubernetes_cluster.${cluster.name}`);
        azureRegion(ctx, body, cluster);
      }
      return true;
    }
  },
  // https://registry.terraform.io/providers/hashicorp/azurerm/latest/docs/resources/kubernetes_cluster:
  // the cluster's own `default_node_pool` (`vm_size`, `node_count`) runs in its `location`.
  azurerm_kubernetes_cluster: {
    blocks: [["default_node_pool"]],
    read(ctx, body) {
      const pool = first(body.default_node_pool) ?? {};
      const type2 = literal(ctx, pool.vm_size, ["default_node_pool", "vm_size"], "instance");
      if (!gpuInstance(type2)) return false;
      ctx.b.set("instance", type2, at(ctx, ["default_node_pool", "vm_size"]));
      aksNodes(ctx, pool, ["default_node_pool"]);
      azureRegion(ctx, body);
      return true;
    }
  }
};

// src/adapters/terraform.ts
function dynamicBlock(ctx, body, paths, carries) {
  for (const path of paths) {
    const name = path[path.length - 1] ?? "";
    if (!carries && name !== "guest_accelerator") continue;
    let parent = body;
    for (const key of path.slice(0, -1)) parent = first(parent?.[key]);
    if (obj(parent?.dynamic)?.[name] === void 0) continue;
    const range = blockRange(ctx, path.slice(0, -1));
    const block = range === void 0 ? void 0 : blockAt(ctx.text, "dynamic", [name], range);
    return block === void 0 ? at(ctx, []) : attributeAt(ctx.text, ctx.file, block, []);
  }
  return void 0;
}
function syntaxError(message, file) {
  const m = /:(\d+),(\d+)(?:-\d+(?:,\d+)?)?:\s*([^\]]*)/.exec(message);
  const line = m === null ? 1 : Number(m[1]);
  const column = m === null ? 1 : Number(m[2]);
  const text = (m?.[3] ?? message).split("\n")[0]?.trim() ?? message;
  return { file, line, column, message: `Terraform syntax: ${text}` };
}
var readTerraform = async (text, file) => {
  const { parse } = await import("./terraform-hcl.js");
  let root;
  try {
    root = obj(await parse(file, text)) ?? {};
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!message.startsWith("parse config:")) throw error;
    return { workloads: [], diagnostics: [syntaxError(message, file)] };
  }
  const vars = defaults(root);
  const workloads = [];
  const diagnostics = [];
  for (const [type2, byName2] of Object.entries(obj(root.resource) ?? {})) {
    const reader = READERS[type2];
    if (reader === void 0) continue;
    for (const [name, list] of Object.entries(obj(byName2) ?? {})) {
      const body = first(list);
      const range = blockAt(text, "resource", [type2, name]);
      if (body === void 0 || range === void 0) continue;
      const id = `${type2}/${name}`;
      const ctx = { text, file, root, vars, name, range, b: new FieldsBuilder(), problems: [] };
      const where = at(ctx, []);
      const carries = reader.read(ctx, body);
      const keyed = carries && body.for_each !== void 0 && reader.pickOnly !== true;
      const unfollowed = dynamicBlock(ctx, body, reader.blocks, carries) ?? (keyed ? where : void 0);
      if (unfollowed !== void 0) {
        const message = `${id}: \`for_each\` and \`dynamic\` blocks are not followed: write the workload out`;
        diagnostics.push({ ...problem(unfollowed, message), resource: id });
      } else if (ctx.problems.length > 0) {
        diagnostics.push(...ctx.problems.map((p) => ({ ...problem(p.at, `${id}: ${p.message}`), resource: id })));
      } else if (carries) {
        const workload = ctx.b.build("terraform", id, where);
        workloads.push(reader.pickOnly === true ? { ...workload, pickOnly: true } : workload);
      }
    }
  }
  for (const name of Object.keys(obj(root.module) ?? {})) {
    const range = blockAt(text, "module", [name]);
    if (range !== void 0 && workloads.every((w) => w.pickOnly === true)) {
      const message = `module "${name}": modules are not followed; point \`from\` at the module's own .tf files`;
      diagnostics.push({ ...problem(attributeAt(text, file, range, []), message), resource: `module/${name}` });
    }
  }
  workloads.sort((a, b) => a.at.line - b.at.line);
  return { workloads, diagnostics };
};

// src/config/job-spec-adapters.ts
var ADAPTERS = {
  skypilot: readSkyPilot,
  kubernetes: readKubernetes,
  slurm: readSlurm,
  terraform: readTerraform
};
function adapterFor(format) {
  return ADAPTERS[format];
}
export {
  adapterFor
};
//# sourceMappingURL=job-spec-adapters.js.map
