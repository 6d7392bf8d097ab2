"""Image metadata: what a photo says about where and by whom it was taken.

EXIF (GPS position, artist, camera owner, serial numbers, user comments, an embedded thumbnail
that may show the uncropped original), XMP (creator, location, GPS) and IPTC (by-line, city,
sub-location, writer) in JPEG, PNG, WebP and TIFF, read with Pillow. Every hit is kind
`image_metadata`; the rule names the field; the value is only ever shown masked.
"""
from __future__ import annotations

import io
import warnings

from PIL import Image, IptcImagePlugin, UnidentifiedImageError
from PIL.ExifTags import IFD

from ..model import GuardError, ScanContext
from ..registry import Registry
from . import Hit
from ._fields import as_text, hit, says_something

EXTENSIONS = frozenset({".jpg", ".jpeg", ".png", ".webp", ".tif", ".tiff"})
KIND = "image_metadata"

# tag id -> field name; set at all = a finding
_BASE_FLAGGED = {0x013B: "Artist", 0x9C9D: "XPAuthor", 0x9C9C: "XPComment"}
_BASE_FREE_TEXT = {0x010E: "ImageDescription", 0x9C9B: "XPTitle", 0x9C9F: "XPSubject", 0x9C9E: "XPKeywords"}
_EXIF_FLAGGED = {0xA430: "CameraOwnerName", 0xA431: "BodySerialNumber", 0xA435: "LensSerialNumber",
                 0x9286: "UserComment", 0x927C: "MakerNote", 0xA420: "ImageUniqueID"}
_THUMBNAIL_TAGS = (0x0201, 0x0202)      # JPEGInterchangeFormat(Length) in IFD1
# XMP local names that identify a person, a place or a device
_XMP_FLAGGED = {"creator", "Artist", "Author", "Owner", "OwnerName", "CameraOwnerName", "City", "Location",
                "Sublocation", "GPSLatitude", "GPSLongitude", "GPSAltitude", "SerialNumber", "BodySerialNumber",
                "LensSerialNumber", "InternalSerialNumber", "UserComment", "CreatorContactInfo", "CiAdrExtadr",
                "CiAdrCity", "CiEmailWork", "CiTelWork", "CiUrlWork", "PersonInImage", "AuthorsPosition",
                "CaptionWriter", "LastModifiedBy"}
_XMP_FREE_TEXT = {"description", "title", "Headline", "subject", "Caption"}
# IPTC (record 2) datasets
_IPTC_FLAGGED = {(2, 80): "By-line", (2, 85): "By-lineTitle", (2, 90): "City", (2, 92): "Sub-location",
                 (2, 118): "Contact", (2, 122): "Writer-Editor"}
_IPTC_FREE_TEXT = {(2, 120): "Caption-Abstract", (2, 105): "Headline", (2, 5): "ObjectName"}
_PNG_FLAGGED = {"author", "comment", "artist", "owner", "source"}
_PNG_FREE_TEXT = {"title", "description"}


def _set(value) -> bool:
    if isinstance(value, bytes) and value[:8] in (b"ASCII\x00\x00\x00", b"UNICODE\x00", b"JIS\x00\x00\x00\x00\x00",
                                                  b"\x00" * 8):
        value = value[8:]                      # UserComment's charset prefix
    return bool(as_text(value).strip(" \x00"))


def _exif(img, ctx, registry) -> list[Hit]:
    hits = []
    exif = img.getexif()
    for tag, name in _BASE_FLAGGED.items():
        if _set(exif.get(tag)):
            hits.append(hit(KIND, f"image.exif.{name}", name, exif[tag]))
    for tag, name in _BASE_FREE_TEXT.items():
        if exif.get(tag) and says_something(exif[tag], ctx, registry):
            hits.append(hit(KIND, f"image.exif.{name}", name, exif[tag]))
    sub = exif.get_ifd(IFD.Exif)
    for tag, name in _EXIF_FLAGGED.items():
        if _set(sub.get(tag)):
            hits.append(hit(KIND, f"image.exif.{name}", name, sub[tag]))
    gps = exif.get_ifd(IFD.GPSInfo)
    if any(tag in gps for tag in (1, 2, 3, 4, 5, 6)):      # latitude, longitude, altitude
        hits.append(hit(KIND, "image.exif.GPSInfo", "GPSInfo", "position"))
    try:
        thumb = exif.get_ifd(IFD.IFD1)
    except (KeyError, ValueError, TypeError):
        thumb = {}
    if any(tag in thumb for tag in _THUMBNAIL_TAGS):
        hits.append(hit(KIND, "image.exif.thumbnail", "Thumbnail", "embedded"))
    return hits


def _walk_xmp(node, path=()):
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _walk_xmp(value, (*path, key))
    elif isinstance(node, list):
        for value in node:
            yield from _walk_xmp(value, path)
    else:
        yield path, node


def _xmp(img, ctx, registry) -> list[Hit]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            xmp = img.getxmp()
    except Exception:              # malformed XMP packet: reported as unreadable by the caller
        raise GuardError("malformed XMP packet") from None
    hits, seen = [], set()
    for path, value in _walk_xmp(xmp):
        names = [p for p in path if p not in ("li", "Seq", "Bag", "Alt", "text")]
        field = next((p for p in reversed(names) if p in _XMP_FLAGGED or p in _XMP_FREE_TEXT), None)
        if field is None or field in seen or not _set(value):
            continue
        if field in _XMP_FLAGGED or says_something(value, ctx, registry):
            seen.add(field)
            hits.append(hit(KIND, f"image.xmp.{field}", field, value))
    return hits


def _iptc(img, ctx, registry) -> list[Hit]:
    try:
        info = IptcImagePlugin.getiptcinfo(img) or {}
    except Exception:
        return [hit(KIND, "image.iptc.unreadable", "IPTC", "unreadable block")]
    hits = []
    for key, name in _IPTC_FLAGGED.items():
        if key in info and _set(info[key]):
            hits.append(hit(KIND, f"image.iptc.{name}", name, info[key]))
    for key, name in _IPTC_FREE_TEXT.items():
        if key in info and says_something(info[key], ctx, registry):
            hits.append(hit(KIND, f"image.iptc.{name}", name, info[key]))
    return hits


def _text_chunks(img, ctx, registry) -> list[Hit]:
    hits = []
    for key, value in (getattr(img, "text", None) or {}).items() if img.format == "PNG" else ():
        name = key.lower()
        if name in _PNG_FLAGGED and _set(value):
            hits.append(hit(KIND, f"image.png.{key}", key, value))
        elif name in _PNG_FREE_TEXT and says_something(value, ctx, registry):
            hits.append(hit(KIND, f"image.png.{key}", key, value))
    return hits


def scan_bytes(data: bytes, where: str, ctx: ScanContext, registry: Registry) -> list[Hit]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            img = Image.open(io.BytesIO(data))
            img.load()
            hits = [*_exif(img, ctx, registry), *_xmp(img, ctx, registry),
                    *_iptc(img, ctx, registry), *_text_chunks(img, ctx, registry)]
    except UnidentifiedImageError:
        raise GuardError(f"{where}: unreadable image (not a JPEG, PNG, WebP or TIFF file)") from None
    except GuardError as err:
        raise GuardError(f"{where}: unreadable image ({err})") from None
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as err:
        reason = " ".join(str(err).split()) or type(err).__name__
        raise GuardError(f"{where}: unreadable image ({reason})") from None
    return hits
