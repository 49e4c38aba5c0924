"""Reading and writing documents: our JSON/JSON Lines, JSON Schema, and the field's formats."""

from .json import JsonlWriter, dump, dump_jsonl, iter_jsonl, json_schema, load

__all__ = ["JsonlWriter", "dump", "dump_jsonl", "iter_jsonl", "json_schema", "load"]
