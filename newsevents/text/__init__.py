"""Text utilities: matching keys (normalization), segmentation and offset conversion."""

from .normalize import Normalized, fold, normalize, skeleton
from .offsets import OffsetMap, utf8_offset, utf16_offset
from .segment import detect_script_language, paragraphs, sentences

__all__ = [
    "Normalized",
    "OffsetMap",
    "detect_script_language",
    "fold",
    "normalize",
    "paragraphs",
    "sentences",
    "skeleton",
    "utf8_offset",
    "utf16_offset",
]
