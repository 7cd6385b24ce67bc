"""Bounded parsing through the real pipeline: a DOCX zip bomb, an XML entity bomb, markup with too many tags and a
file over the size limit are each refused in one line, and the good files after them in the batch go in."""
from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

import docx
import pytest

from ingest.formats import ParseError, parse_file
from ingest.formats.limits import MAX_MARKUP_TAGS
from ingest.index import IndexLocation, open_index
from ingest.pipeline import Ingester

pytestmark = [pytest.mark.slow, pytest.mark.reliability]

GIB = 1024 * 1024 * 1024
_BLOCK = b"<w:p><w:r><w:t>spam</w:t></w:r></w:p>" * (1024 * 1024 // 37)  # ~1 MB of paragraphs


def _deflated_bomb(size: int) -> tuple[bytes, int, int]:
    """document.xml of about `size` bytes, deflated: (raw deflate data, crc32, inflated size). Each block is
    compressed once: after a full flush the compressor's output for the same input repeats."""
    head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            b'<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>')
    tail = b"</w:body></w:document>"
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    first = c.compress(head + _BLOCK) + c.flush(zlib.Z_FULL_FLUSH)
    again = c.compress(_BLOCK) + c.flush(zlib.Z_FULL_FLUSH)
    probe = c.copy()
    assert probe.compress(_BLOCK) + probe.flush(zlib.Z_FULL_FLUSH) == again  # the block repeats byte for byte
    blocks = size // len(_BLOCK)
    end = c.compress(tail) + c.flush()
    crc = zlib.crc32(head + _BLOCK)
    for _ in range(blocks - 1):
        crc = zlib.crc32(_BLOCK, crc)
    crc = zlib.crc32(tail, crc)
    return first + again * (blocks - 1) + end, crc, len(head) + blocks * len(_BLOCK) + len(tail)


def _zip(members: list[tuple[str, bytes, int, int]]) -> bytes:
    """A ZIP of already deflated members (name, data, crc32, inflated size), written as the format says."""
    out, central = io.BytesIO(), io.BytesIO()
    for name, data, crc, size in members:
        offset = out.tell()
        encoded = name.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(encoded), 0))
        out.write(encoded + data)
        central.write(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0x21, crc, len(data), size,
                                  len(encoded), 0, 0, 0, 0, 0, offset))
        central.write(encoded)
    start, directory = out.tell(), central.getvalue()
    out.write(directory)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(members), len(members), len(directory), start, 0))
    return out.getvalue()


def _deflate(data: bytes) -> tuple[str, bytes, int, int]:
    c = zlib.compressobj(9, zlib.DEFLATED, -15)
    return c.compress(data) + c.flush(), zlib.crc32(data), len(data)


def docx_bomb(inflated: int = GIB) -> bytes:
    """A real DOCX (a good one's other parts) whose document.xml inflates to `inflated` bytes."""
    buf = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("placeholder")
    document.save(buf)
    import zipfile

    members = []
    with zipfile.ZipFile(buf) as z:
        for info in z.infolist():
            if info.filename == "word/document.xml":
                members.append((info.filename, *_deflated_bomb(inflated)))
            else:
                members.append((info.filename, *_deflate(z.read(info.filename))))
    return _zip(members)


def _good_docx(text: str) -> bytes:
    buf = io.BytesIO()
    document = docx.Document()
    document.add_heading("Minutes of the Planning Committee", 1)
    document.add_paragraph(text)
    document.save(buf)
    return buf.getvalue()


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol9 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<GetMeeting><meeting><meetingdate>10/02/2026</meetingdate><agendaitems><agendaitem>
<agendaitemtitle>&lol9;</agendaitemtitle><agendatext>&lol9;</agendatext></agendaitem></agendaitems></meeting></GetMeeting>"""


def _many_items(n: int) -> bytes:
    item = b"<agendaitem><agendaitemtitle>Item</agendaitemtitle><agendatext>x</agendatext></agendaitem>"
    return (b"<GetMeeting><meeting><meetingdate>10/02/2026</meetingdate><agendaitems>" + item * n
            + b"</agendaitems></meeting></GetMeeting>")


def test_the_bomb_is_a_real_docx_that_inflates_to_a_gigabyte() -> None:
    import zipfile

    data = docx_bomb()
    assert len(data) < 8 * 1024 * 1024
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = z.getinfo("word/document.xml")
        assert info.file_size >= GIB - len(_BLOCK)
        with z.open(info) as f:  # the first megabytes inflate as the directory says: a real bomb, not a lie
            assert f.read(4096).startswith(b"<?xml")


def test_parsers_refuse_bombs_in_one_line() -> None:
    for name, data, words in (
        ("bomb.docx", docx_bomb(), "would inflate"),
        ("laughs.xml", BILLION_LAUGHS, "DTD"),
        ("items.xml", _many_items(MAX_MARKUP_TAGS // 6 + 1), "tags"),
        ("page.html", b"<html><body>" + b"<p>a</p>" * (MAX_MARKUP_TAGS // 2 + 1) + b"</body></html>", "tags"),
    ):
        with pytest.raises(ParseError) as caught:
            parse_file(Path(name), data)
        assert words in str(caught.value) and "\n" not in str(caught.value), (name, caught.value)


def test_a_batch_with_bombs_refuses_each_in_one_line_and_ingests_the_good_files(tmp_path: Path, embedder) -> None:
    folder = tmp_path / "papers"
    folder.mkdir()
    (folder / "a-bomb.docx").write_bytes(docx_bomb())
    (folder / "b-laughs.xml").write_bytes(BILLION_LAUGHS)
    (folder / "c-huge.html").write_bytes(b"<html><body><p>" + b"word " * 1_000_000 + b"</p></body></html>")
    (folder / "d-minutes.docx").write_bytes(_good_docx("The Committee RESOLVED that the hedgerow survey be approved."))
    (folder / "e-notes.txt").write_text("Minutes\n\nThe Cabinet AGREED to resurface the High Street by June 2027.\n")
    index = open_index(IndexLocation(tmp_path / "data"), embedder)
    try:
        report = Ingester(index, max_bytes=4 * 1024 * 1024).run([folder])  # the bomb is 3.2 MB on disk
        by_name = {Path(r.source).name: r for r in report.results}
        assert by_name["a-bomb.docx"].status == "failed" and "would inflate to" in by_name["a-bomb.docx"].reason
        assert by_name["b-laughs.xml"].status == "failed" and "DTD" in by_name["b-laughs.xml"].reason
        assert by_name["c-huge.html"].status == "failed" and "over the 4 MB limit" in by_name["c-huge.html"].reason
        assert by_name["d-minutes.docx"].status == "added" and by_name["e-notes.txt"].status == "added"
        assert all("\n" not in (r.reason or "") for r in report.results)
        assert len(index.catalog.documents()) == 2 and index.store.count() == report.chunks_embedded
    finally:
        index.close()
