"""PDF and Office metadata: who wrote or last edited a document.

PDF (pypdf): /Author, /Creator when it is a person rather than a program, XMP dc:creator and
pdf:Author; free-text fields (title, subject, keywords) when a text detector flags them.
Office: .docx core properties through python-docx, plus the authors of comments and tracked
changes; .xlsx/.pptx core and app properties read straight from the zip package. Producer
tool names ("LibreOffice Writer", "Microsoft Word") are not personal and pass.
"""
from __future__ import annotations

import io
import re
import warnings
import zipfile

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from ..model import GuardError, ScanContext
from ..registry import Registry
from . import Hit
from ._fields import as_text, hit, says_something

EXTENSIONS = frozenset({".pdf", ".docx", ".xlsx", ".pptx"})
KIND = "document_metadata"

# What a program writes into "Creator"; anything else there is taken to be a person.
_TOOL = re.compile(r"(writer|word|excel|powerpoint|office|acrobat|distiller|pdf|latex|tex\b|chrom|skia|quartz|"
                   r"microsoft|libre|openoffice|google|docs|pages|keynote|indesign|illustrator|photoshop|"
                   r"print|scan|canva|typst|pandoc|mkdocs|weasyprint|wkhtml|prince|ghostscript|cairo|qt|"
                   r"\d|/)", re.IGNORECASE)
# XMP local names naming a person
_XMP_PEOPLE = {"creator", "Author", "LastModifiedBy", "lastModifiedBy", "Owner", "Manager"}


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _xmp_hits(xml: bytes, prefix: str) -> list[Hit]:
    try:
        root = ElementTree.fromstring(xml)
    except (ElementTree.ParseError, DefusedXmlException, ValueError):
        return [hit(KIND, f"{prefix}.xmp.unreadable", "XMP", "unreadable packet")]
    hits, seen = [], set()
    for element in root.iter():
        name = _local(element.tag)
        candidates = [(name, "".join(element.itertext()))] if name in _XMP_PEOPLE else []
        candidates += [(_local(k), v) for k, v in element.attrib.items() if _local(k) in _XMP_PEOPLE]
        for field, value in candidates:
            if field not in seen and as_text(value):
                seen.add(field)
                hits.append(hit(KIND, f"{prefix}.xmp.{field}", field, value))
    return hits


def _pdf(data: bytes, ctx: ScanContext, registry: Registry) -> list[Hit]:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if reader.is_encrypted and not reader.decrypt(""):
        raise GuardError("encrypted PDF, its metadata cannot be checked")
    info = reader.metadata or {}
    hits = []
    author = info.get("/Author")
    if as_text(author):
        hits.append(hit(KIND, "pdf.info.Author", "Author", author))
    creator = info.get("/Creator")
    if as_text(creator) and not _TOOL.search(as_text(creator)):
        hits.append(hit(KIND, "pdf.info.Creator", "Creator", creator))
    for key in ("/Title", "/Subject", "/Keywords"):
        if info.get(key) and says_something(info[key], ctx, registry):
            hits.append(hit(KIND, f"pdf.info.{key[1:]}", key[1:], info[key]))
    metadata = reader.trailer["/Root"].get("/Metadata")
    if metadata is not None:
        hits += _xmp_hits(metadata.get_object().get_data(), "pdf")
    return hits


def _docx_comment_authors(package: zipfile.ZipFile) -> list[Hit]:
    """Comments and tracked changes carry their author's name (w:author)."""
    hits = []
    for name in package.namelist():
        if re.fullmatch(r"word/(document|comments\w*|people)\.xml", name):
            text = package.read(name).decode("utf-8", "replace")
            match = re.search(r'\bw(?:15)?:author="([^"]+)"', text)
            if match:
                part = name.split("/")[-1].removesuffix(".xml")
                hits.append(hit(KIND, f"docx.{part}.author", "w:author", match.group(1)))
    return hits


def _core_xml(package: zipfile.ZipFile, prefix: str) -> list[Hit]:
    hits = []
    for part, fields in (("docProps/core.xml", ("creator", "lastModifiedBy")), ("docProps/app.xml", ("Manager",))):
        if part not in package.namelist():
            continue
        root = ElementTree.fromstring(package.read(part))
        for element in root.iter():
            name = _local(element.tag)
            if name in fields and as_text(element.text):
                hits.append(hit(KIND, f"{prefix}.core.{name}", name, element.text))
    return hits


def _office(data: bytes, suffix: str) -> list[Hit]:
    package = zipfile.ZipFile(io.BytesIO(data))
    prefix = suffix.lstrip(".")
    if suffix == ".docx":
        import docx

        props = docx.Document(io.BytesIO(data)).core_properties
        hits = [hit(KIND, f"docx.core.{field}", field, getattr(props, field))
                for field in ("author", "last_modified_by") if as_text(getattr(props, field) or "")]
        app = _core_xml(package, prefix)
        hits += [h for h in app if h.rule.endswith(".Manager")]
        return hits + _docx_comment_authors(package)
    return _core_xml(package, prefix)


def scan_bytes(data: bytes, suffix: str, where: str, ctx: ScanContext, registry: Registry) -> list[Hit]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            if suffix == ".pdf":
                return _pdf(data, ctx, registry)
            return _office(data, suffix)
    except GuardError as err:
        raise GuardError(f"{where}: {err}") from None
    except Exception as err:   # pypdf / python-docx / zipfile raise many types on corrupt input
        reason = " ".join(str(err).split())[:120] or type(err).__name__
        label = "PDF" if suffix == ".pdf" else "Office document"
        raise GuardError(f"{where}: unreadable {label} ({reason})") from None
