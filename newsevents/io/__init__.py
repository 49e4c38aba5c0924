"""Reading and writing documents: our JSON/JSON Lines, JSON Schema, and the field's formats.

* our JSON and JSON Lines (:mod:`newsevents.io.json`): lossless, streaming;
* IPTC ninjs 3.1 (:mod:`newsevents.io.ninjs`): :func:`to_ninjs`, :func:`from_ninjs`;
* schema.org JSON-LD (:mod:`newsevents.io.jsonld`): :func:`to_jsonld`;
* PLOVER/CAMEO event records (:mod:`newsevents.io.plover`): :func:`to_plover`;
* GDELT GKG 2.1 fields (:mod:`newsevents.io.gdelt`): :func:`gkg_quotations`,
  :func:`gkg_persons`, :func:`gkg_organizations` and their parsers.

``docs/interop.md`` maps every field and lists what each format cannot carry.
"""

from .gdelt import (
    GkgQuotation,
    gkg_organizations,
    gkg_persons,
    gkg_quotations,
    parse_gkg_enhanced_names,
    parse_gkg_names,
    parse_gkg_quotations,
)
from .json import JsonlWriter, dump, dump_jsonl, iter_jsonl, json_schema, load
from .jsonld import schema_org_context, schema_org_document_loader, to_jsonld
from .ninjs import from_ninjs, ninjs_schema, to_ninjs
from .plover import cameo_crosswalk, to_plover

__all__ = [
    "GkgQuotation",
    "JsonlWriter",
    "cameo_crosswalk",
    "dump",
    "dump_jsonl",
    "from_ninjs",
    "gkg_organizations",
    "gkg_persons",
    "gkg_quotations",
    "iter_jsonl",
    "json_schema",
    "load",
    "ninjs_schema",
    "parse_gkg_enhanced_names",
    "parse_gkg_names",
    "parse_gkg_quotations",
    "schema_org_context",
    "schema_org_document_loader",
    "to_jsonld",
    "to_ninjs",
    "to_plover",
]
