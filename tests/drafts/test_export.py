"""Exports read back losslessly by the standard library's own parsers."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from api.drafts.export import to_eml, to_mailto

SENT_AT = datetime(2026, 12, 2, 9, 30, tzinfo=UTC)
BODY = (
    "Hallo Zoë,\n\n"
    "vielen Dank für das Gespräch über die Stelle bei Müller GmbH.\n"
    "Ich freue mich auf die nächste Runde — bis Freitag!\n\n"
    "Sam"
)


def read_back(raw: bytes) -> EmailMessage:
    message = message_from_bytes(raw, policy=policy.default)
    assert isinstance(message, EmailMessage)
    return message


def eml(**overrides: object) -> bytes:
    fields: dict[str, object] = {
        "to_name": "Zoë Ångström",
        "to_email": "zoe.angstrom@mueller.example",
        "from_name": "Sam Rivera",
        "from_email": "sam@rivera.example",
        "subject": "Danke für das Gespräch — Müller GmbH",
        "body": BODY,
        "date": SENT_AT,
    }
    return to_eml(**{**fields, **overrides})  # type: ignore[arg-type]


def test_to_eml_round_trips_headers_and_non_ascii_text() -> None:
    message = read_back(eml())

    assert {name: str(message[name]) for name in ("From", "To", "Subject", "Date", "X-Unsent")} == {
        "From": "Sam Rivera <sam@rivera.example>",
        "To": "Zoë Ångström <zoe.angstrom@mueller.example>",
        "Subject": "Danke für das Gespräch — Müller GmbH",
        "Date": "Wed, 02 Dec 2026 09:30:00 +0000",
        "X-Unsent": "1",
    }
    assert message.get_content_type() == "text/plain"
    assert message.get_content_charset() == "utf-8"
    assert message.get_content().replace("\r\n", "\n") == BODY + "\n"


def test_to_eml_is_ascii_on_the_wire_with_encoded_words_and_crlf() -> None:
    raw = eml()
    headers, _, _ = raw.partition(b"\r\n\r\n")

    assert raw.isascii()
    assert b"\n" not in raw.replace(b"\r\n", b"")
    assert b"\r\nTo: =?utf-8?b?Wm/DqyDDhW5nc3Ryw7Zt?= <zoe.angstrom@mueller.example>\r\n" in headers
    assert b"\r\nSubject: Danke =?utf-8?" in headers
    assert b"\r\nContent-Transfer-Encoding: quoted-printable\r\n" in headers


def test_to_eml_has_a_message_id_from_the_sender_domain() -> None:
    message_id = str(read_back(eml())["Message-ID"])

    assert message_id.startswith("<")
    assert message_id.endswith("@rivera.example>")


def test_to_eml_names_with_quotes_and_commas_stay_one_address() -> None:
    message = read_back(eml(to_name='Lee, Dana "DL"', to_email="dana@acme.example"))

    (address,) = message["To"].addresses
    assert (address.display_name, address.addr_spec) == ('Lee, Dana "DL"', "dana@acme.example")


def test_to_eml_unknown_addresses_are_left_for_the_mail_client() -> None:
    message = read_back(eml(to_email=None, from_email=None, subject=None))

    assert (message["To"], message["From"], message["Subject"]) == (None, None, None)
    assert str(message["Message-ID"]).endswith("@afterword.invalid>")


def test_to_eml_header_line_breaks_cannot_inject_headers() -> None:
    message = read_back(eml(subject="Thanks\r\nBcc: everyone@example.com", to_name="Dana\nLee"))

    assert str(message["Subject"]) == "Thanks Bcc: everyone@example.com"
    assert message["Bcc"] is None
    assert message["To"].addresses[0].display_name == "Dana Lee"


def test_to_eml_international_domain_is_sent_as_idna() -> None:
    message = read_back(eml(to_email="zoe@müller.example"))

    assert message["To"].addresses[0].addr_spec == "zoe@xn--mller-kva.example"


def test_to_eml_non_ascii_mailbox_makes_an_smtputf8_message() -> None:
    raw = eml(to_email="zoë@müller.example")

    # The stdlib parser leaves raw UTF-8 header bytes surrogate-escaped; undo that to compare.
    addr_spec = read_back(raw)["To"].addresses[0].addr_spec
    assert addr_spec.encode("utf-8", "surrogateescape").decode() == "zoë@xn--mller-kva.example"
    assert b"To: Zo\xc3\xab \xc3\x85ngstr\xc3\xb6m <zo\xc3\xab@" in raw
    assert read_back(raw).get_content().replace("\r\n", "\n") == BODY + "\n"


@pytest.mark.parametrize(
    ("field", "value"),
    [("date", datetime(2026, 12, 2, 9, 30)), ("to_email", "not-an-address")],  # noqa: DTZ001
)
def test_to_eml_invalid_input_is_refused(field: str, value: object) -> None:
    with pytest.raises(ValueError, match=r"."):
        eml(**{field: value})


def parse_mailto(uri: str) -> tuple[str, dict[str, list[str]]]:
    parts = urlsplit(uri)
    assert parts.scheme == "mailto"
    return unquote(parts.path), parse_qs(parts.query, keep_blank_values=True)


def test_to_mailto_round_trips_through_urllib() -> None:
    uri = to_mailto("dana@acme.example", "Danke, Zoë & Müller GmbH? #1 (100%)", BODY)

    assert parse_mailto(uri) == (
        "dana@acme.example",
        {
            "subject": ["Danke, Zoë & Müller GmbH? #1 (100%)"],
            "body": [BODY.replace("\n", "\r\n")],
        },
    )


def test_to_mailto_encodes_spaces_line_breaks_and_reserved_characters() -> None:
    uri = to_mailto("dana@acme.example", "a b+c", "one & two\nthree")

    assert uri == "mailto:dana@acme.example?subject=a%20b%2Bc&body=one%20%26%20two%0D%0Athree"


def test_to_mailto_without_an_address_still_carries_the_text() -> None:
    uri = to_mailto(None, "Thank you", "Hi Zoë,\r\nthanks!")

    assert uri == "mailto:?subject=Thank%20you&body=Hi%20Zo%C3%AB%2C%0D%0Athanks%21"
    assert parse_mailto(uri) == ("", {"subject": ["Thank you"], "body": ["Hi Zoë,\r\nthanks!"]})


def test_to_mailto_address_with_reserved_characters_is_escaped() -> None:
    uri = to_mailto("team+jobs?x@acme.example", None, "")

    assert uri == "mailto:team%2Bjobs%3Fx@acme.example"
    assert parse_mailto(uri)[0] == "team+jobs?x@acme.example"
