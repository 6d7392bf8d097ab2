"""Images and documents: identifying metadata is found, tool names and clean files pass,
corrupt files are a one-line error. Every name and position here is fictional."""
import pytest

from pii_guard.model import GuardError
from pii_guard.scan import Scanner

import media
from fakes import fake_registry

NAME = "Olena Fictionalenko"


@pytest.fixture
def scanner():
    return Scanner(registry=fake_registry())


IMAGE_CASES = [  # file name, builder kwargs, rule expected
    ("gps.jpg", {"gps": (50.45, 30.52)}, "image.exif.GPSInfo"),
    ("artist.jpg", {"artist": NAME}, "image.exif.Artist"),
    ("serial.jpg", {"serial": "SN4711-0815"}, "image.exif.BodySerialNumber"),
    ("owner.jpg", {"owner": NAME}, "image.exif.CameraOwnerName"),
    ("comment.jpg", {"comment": "taken at her home"}, "image.exif.UserComment"),
    ("xmp.jpg", {"xmp_creator": NAME}, "image.xmp.creator"),
    ("iptc.jpg", {"iptc_byline": NAME}, "image.iptc.By-line"),
    ("gps.png", {"gps": (50.45, 30.52)}, "image.exif.GPSInfo"),
    ("author.png", {"png_author": NAME}, "image.png.Author"),
    ("gps.webp", {"gps": (50.45, 30.52)}, "image.exif.GPSInfo"),
    ("artist.webp", {"artist": NAME}, "image.exif.Artist"),
    ("gps.tiff", {"gps": (50.45, 30.52)}, "image.exif.GPSInfo"),
    ("artist.tiff", {"artist": NAME}, "image.exif.Artist"),
]


@pytest.mark.parametrize("name,kwargs,rule", IMAGE_CASES, ids=[c[0] for c in IMAGE_CASES])
def test_identifying_image_metadata_is_found_and_masked(tmp_path, scanner, name, kwargs, rule):
    fmt = {"jpg": "JPEG", "png": "PNG", "webp": "WEBP", "tiff": "TIFF"}[name.rsplit(".", 1)[1]]
    path = media.image(tmp_path / name, fmt, **kwargs)
    findings = scanner.file(path)
    assert rule in {f.rule for f in findings}
    for f in findings:
        assert f.kind == "image_metadata" and f.line is None and f.column is None
        assert "Fictionalenko" not in f.masked and "SN4711" not in f.masked and "50.45" not in f.masked


@pytest.mark.parametrize("fmt", ["JPEG", "PNG", "WEBP", "TIFF"])
def test_a_clean_image_passes(tmp_path, scanner, fmt):
    assert scanner.file(media.image(tmp_path / f"clean.{fmt.lower()}", fmt)) == []


@pytest.mark.parametrize("name,data", [
    ("broken.jpg", b"\xff\xd8\xff\xe0 this is not really a JPEG"),
    ("text.png", b"hello"),
    ("empty.webp", b""),
])
def test_a_corrupt_image_is_a_one_line_error(tmp_path, scanner, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(GuardError) as err:
        scanner.file(path)
    assert str(err.value).startswith(f"{path.as_posix()}: unreadable image")
    assert "\n" not in str(err.value)


def test_pdf_author_is_found_and_a_producer_tool_passes(tmp_path, scanner):
    flagged = scanner.file(media.pdf(tmp_path / "a.pdf", Author=NAME, Producer="LibreOffice 24.2"))
    assert [f.rule for f in flagged] == ["pdf.info.Author"]
    assert flagged[0].kind == "document_metadata" and "Fictionalenko" not in flagged[0].masked
    clean = media.pdf(tmp_path / "b.pdf", Creator="LibreOffice Writer", Producer="LibreOffice 24.2")
    assert scanner.file(clean) == []
    person = scanner.file(media.pdf(tmp_path / "c.pdf", Creator=NAME))
    assert [f.rule for f in person] == ["pdf.info.Creator"]


def test_docx_author_and_last_editor_are_found(tmp_path, scanner):
    findings = scanner.file(media.docx(tmp_path / "a.docx", author=NAME, last_modified_by="Petro Fictional"))
    assert {f.rule for f in findings} == {"docx.core.author", "docx.core.last_modified_by"}
    assert all("Fictional" not in f.masked for f in findings)
    assert scanner.file(media.docx(tmp_path / "b.docx")) == []


@pytest.mark.parametrize("suffix", [".xlsx", ".pptx"])
def test_other_office_files_core_properties(tmp_path, scanner, suffix):
    findings = scanner.file(media.office_zip(tmp_path / f"a{suffix}", creator=NAME))
    assert [f.rule for f in findings] == [f"{suffix[1:]}.core.creator"]
    assert scanner.file(media.office_zip(tmp_path / f"b{suffix}")) == []


@pytest.mark.parametrize("name", ["x.pdf", "x.docx", "x.xlsx"])
def test_a_corrupt_document_is_a_one_line_error(tmp_path, scanner, name):
    path = tmp_path / name
    path.write_bytes(b"%PDF-1.7 garbage" if name.endswith("pdf") else b"PK\x03\x04 garbage")
    with pytest.raises(GuardError) as err:
        scanner.file(path)
    assert str(err.value).startswith(f"{path.as_posix()}: unreadable") and "\n" not in str(err.value)
