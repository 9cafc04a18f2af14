"""Readers: every kind of bad input becomes a ReadFailure naming the file and the problem."""
import gzip
import json

from veille.read import Article, ReadFailure, read_path

BODY = "Au moins trois personnes ont été tuées mardi à Goma, selon la police.\n"


def one(path, **kw):
    items = list(read_path(path, **kw))
    assert len(items) == 1
    return items[0]


def test_utf8_text(tmp_path):
    p = tmp_path / "goma.txt"
    p.write_text(BODY, encoding="utf-8")
    art = one(p, published="2024-06-11")
    assert isinstance(art, Article)
    assert art.id == "goma" and art.text == BODY and art.published == "2024-06-11"


def test_crlf_becomes_lf(tmp_path):
    p = tmp_path / "crlf.txt"
    p.write_bytes(BODY.replace("\n", "\r\n").encode() + b"Second paragraphe.\r\n")
    assert "\r" not in one(p).text


def test_cp1252_is_detected(tmp_path):
    p = tmp_path / "latin.txt"
    p.write_bytes("Les déplacés ont fui l'été dernier vers Bunia, a précisé l'élu.".encode("cp1252"))
    art = one(p)
    assert isinstance(art, Article)
    assert "déplacés" in art.text and "précisé" in art.text


def test_empty_file(tmp_path):
    p = tmp_path / "empty.txt"
    p.write_text("  \n")
    fail = one(p)
    assert isinstance(fail, ReadFailure) and "empty" in fail.reason and str(p) in str(fail)


def test_binary_file(tmp_path):
    p = tmp_path / "image.txt"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    fail = one(p)
    assert isinstance(fail, ReadFailure) and "binary" in fail.reason


def test_missing_path(tmp_path):
    fail = one(tmp_path / "nope.txt")
    assert isinstance(fail, ReadFailure) and "no such file" in fail.reason


def test_huge_text_is_refused(tmp_path):
    p = tmp_path / "huge.txt"
    p.write_text("Les combats se poursuivent. " * 800_000)  # ~22 MB
    fail = one(p)
    assert isinstance(fail, ReadFailure) and "too large" in fail.reason


def test_html_article_and_empty_page(tmp_path):
    para = "".join(f"<p>Paragraphe {i}: au moins douze civils ont été tués lundi dans des frappes sur le marché "
                   f"de Jilib, dans le sud de la Somalie, ont indiqué des habitants joints par téléphone ({i}).</p>"
                   for i in range(4))
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>Frappes</title></head><body><nav>Accueil</nav>"
                    f"<article>{para}</article></body></html>", encoding="utf-8")
    art = one(page)
    assert isinstance(art, Article) and art.extracted and "douze civils" in art.text
    blank = tmp_path / "blank.html"
    blank.write_text("<html><body><nav><a href='/'>Accueil</a></nav></body></html>")
    fail = one(blank)
    assert isinstance(fail, ReadFailure) and "no article" in fail.reason


def test_jsonl_good_and_bad_lines(tmp_path):
    p = tmp_path / "batch.jsonl"
    rows = [json.dumps({"id": "a", "text": BODY, "published": "2024-06-11"}), "{not json",
            json.dumps({"id": "b"}), json.dumps({"id": "c", "text": BODY})]
    p.write_text("\n".join(rows) + "\n")
    items = list(read_path(p))
    assert [type(x).__name__ for x in items] == ["Article", "ReadFailure", "ReadFailure", "Article"]
    assert items[0].published == "2024-06-11"
    assert items[1].origin.endswith(":2") and "not JSON" in items[1].reason


def test_gzip_and_folder(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "one.txt.gz").write_bytes(gzip.compress(BODY.encode()))
    (tmp_path / "d" / "two.txt").write_text(BODY)
    items = list(read_path(tmp_path / "d"))
    assert sorted(a.id for a in items) == ["one", "two"]


def test_rss_feed(tmp_path):
    feed = tmp_path / "feed.xml"
    feed.write_text("""<?xml version="1.0"?><rss version="2.0"><channel><title>Agence</title>
<item><title>Goma</title><link>https://example.org/goma-12</link><pubDate>Tue, 11 Jun 2024 10:00:00 GMT</pubDate>
<description>Au moins trois civils ont été tués à Goma, selon la police.</description></item>
<item><title>Vide</title><link>https://example.org/vide</link><description></description></item>
</channel></rss>""")
    items = list(read_path(feed))
    assert isinstance(items[0], Article) and items[0].published == "2024-06-11" and items[0].id == "goma-12"
    assert isinstance(items[1], ReadFailure)


def test_publication_date_from_a_dated_file_name(tmp_path):
    p = tmp_path / "2024-06-11--afp--goma.txt"
    p.write_text(BODY)
    assert one(p).published == "2024-06-11"
    assert one(p, published="2024-06-12").published == "2024-06-12"  # the caller's date wins
    # "DATE--SOURCE--slug" also names the publisher; a plain dated name does not
    assert one(p).source == "afp" and one(p, source="Reuters").source == "Reuters"
    q = tmp_path / "2024-06-11-goma-camp.txt"
    q.write_text(BODY)
    assert one(q).published == "2024-06-11" and one(q).source is None
