"""Builders of small images and documents with (fictional) identifying metadata, for tests
and for the evaluation corpus. Written with the same libraries a contributor's tools use."""
from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

from PIL import Image
from PIL.ExifTags import IFD
from PIL.PngImagePlugin import PngInfo

XMP = """<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
  xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/">
<dc:creator><rdf:Seq><rdf:li>{creator}</rdf:li></rdf:Seq></dc:creator>
<photoshop:City>{city}</photoshop:City>
</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>"""


def image(path: Path, fmt: str = "JPEG", *, artist=None, gps=None, serial=None, comment=None,
          owner=None, xmp_creator=None, xmp_city="", png_author=None, iptc_byline=None) -> Path:
    img = Image.new("RGB", (16, 16), (120, 80, 40))
    exif = Image.Exif()
    if artist:
        exif[0x013B] = artist
    if gps:
        lat, lon = gps
        exif[IFD.GPSInfo] = {1: "N", 2: (float(int(lat)), float(int(lat * 60 % 60)), 0.0),
                             3: "E", 4: (float(int(lon)), float(int(lon * 60 % 60)), 0.0)}
    sub = {}
    if serial:
        sub[0xA431] = serial
    if owner:
        sub[0xA430] = owner
    if comment:
        sub[0x9286] = b"ASCII\x00\x00\x00" + comment.encode()
    if sub:
        exif[IFD.Exif] = sub
    if len(exif):
        # round-trip through bytes: Pillow's TIFF writer needs nested IFDs read from a file
        exif_bytes, exif = exif.tobytes(), Image.Exif()
        exif.load(exif_bytes)
    options = {"exif": exif} if len(exif) else {}
    if xmp_creator:
        options["xmp"] = XMP.format(creator=xmp_creator, city=xmp_city).encode()
    if png_author:
        info = PngInfo()
        info.add_text("Author", png_author)
        options["pnginfo"] = info
    buffer = io.BytesIO()
    img.save(buffer, fmt, **options)
    data = buffer.getvalue()
    if iptc_byline:
        data = _with_iptc(data, {80: iptc_byline})
    path.write_bytes(data)
    return path


def _with_iptc(jpeg: bytes, datasets: dict[int, str]) -> bytes:
    """Insert an IPTC-IIM block (Photoshop APP13, resource 0x0404) after the JPEG's SOI."""
    iptc = b"".join(b"\x1c\x02" + bytes([tag]) + struct.pack(">H", len(v.encode())) + v.encode()
                    for tag, v in datasets.items())
    if len(iptc) % 2:
        iptc += b"\x00"
    resource = b"8BIM" + b"\x04\x04" + b"\x00\x00" + struct.pack(">I", len(iptc)) + iptc
    payload = b"Photoshop 3.0\x00" + resource
    segment = b"\xff\xed" + struct.pack(">H", len(payload) + 2) + payload
    return jpeg[:2] + segment + jpeg[2:]


def pdf(path: Path, **info: str) -> Path:
    from pypdf import PdfWriter

    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata({f"/{k}": v for k, v in info.items()})
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def docx(path: Path, author: str = "", last_modified_by: str = "") -> Path:
    import docx as python_docx

    document = python_docx.Document()
    document.add_paragraph("A report.")
    document.core_properties.author = author
    document.core_properties.last_modified_by = last_modified_by
    document.save(path)
    return path


def office_zip(path: Path, creator: str = "", last_modified_by: str = "") -> Path:
    """A minimal .xlsx/.pptx-shaped package: only the core properties matter to the guard."""
    core = ('<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            f"<dc:creator>{creator}</dc:creator><cp:lastModifiedBy>{last_modified_by}</cp:lastModifiedBy>"
            "</cp:coreProperties>")
    with zipfile.ZipFile(path, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("docProps/core.xml", core)
    return path
