"""`masked` never contains the identifier, and still tells a contributor what to look for."""
import re

import pytest

from pii_guard.masking import mask

CASES = [  # kind, value (fictional), a shape the masked form must have
    ("phone", "+380 67 123 45 67", r"^\+380 [* ]+67$"),
    ("phone", "+7 (912) 345-67-89", r"^\+7 "),
    ("phone", "067 123 45 67", r"\*"),
    ("phone", "0671234567", r"\*"),
    ("phone", "+380671234567", r"^\+380"),
    ("person_name", "Olena Petrenko", r"^O\. P\.$"),
    ("person_name", "Олені Петренко", r"^О\. П\.$"),
    ("person_name", "Ivan Ivanovych Hnatiuk", r"^I\. I\. \*\.$"),   # two characters at most
    ("person_name", "Li", r"^L\.$"),
    ("email", "olena.k@gmail.com", r"^o\*\*\*@\*\*\*\.com$"),
    ("email", "olena [at] ukr [dot] net", r"@\*\*\*\.net$"),
    ("email", "o@x.org", r"@\*\*\*\.org$"),
    ("social_handle", "@olena_kyiv", r"^@o\*\*\*$"),
    ("social_handle", "https://t.me/olena_kyiv", r"t\.me/\*\*\*$"),
    ("national_id", "3184710692", r"^\*+$"),
    ("national_id", "АА 123456", r"\*"),
    ("financial", "4111 1111 1111 1111", r"^[* ]+$"),
    ("financial", "UA21 3223 1300 0002 6007 2335 6600 1", r"^UA"),
    ("vehicle_plate", "АА 1234 ВС", r"\*"),
    ("vehicle_plate", "А123ВС 77", r"\*"),
    ("geo_coordinates", "50.4501, 30.5234", r"^\*\*\.\*\*\*\*, \*\*\.\*\*\*\*$"),
    ("geo_coordinates", "50°27'0.36\" N, 30°31'24.24\" E", r"^\*\*°\*\*'\*\.\*\*\" \*\*\*, "),
    ("street_address", "вул. Шевченка, 12, кв. 5", r"\*"),
    ("street_address", "12 Baker Street", r"\*"),
    ("exact_date", "12 March 1985", r"^\*\* \*\*\* \*\*\*\*$"),
    ("exact_date", "12.03.1985", r"^\*\*\.\*\*\.\*\*\*\*$"),
    ("exact_date", "born in 1979", r"^\*\*\* \*\*\* \*\*\*\*$"),
    ("exact_date", "12 березня", r"^\*"),
    ("age", "42 years old", r"^\*\* \*\*\* \*\*\*$"),
    ("age", "Дванадцятирічну", r"^\*\*\*$"),
    ("age", "42", r"^\*\*$"),
    ("image_metadata", "Artist=Olena Petrenko", r"^Artist=O\*\*\*$"),
    ("document_metadata", "Author=Ivan Hnatiuk", r"^Author=I\*\*\*$"),
    ("image_metadata", "GPSInfo=position", r"^GPSInfo="),
]


def _squash(text):
    return "".join(ch for ch in text.casefold() if ch.isalnum())


@pytest.mark.parametrize("kind,value,shape", CASES, ids=[f"{c[0]}:{i}" for i, c in enumerate(CASES)])
def test_masked_form_never_contains_the_value(kind, value, shape):
    masked = mask(kind, value)
    core = value.split("=", 1)[1] if kind.endswith("_metadata") else value
    assert core not in masked
    assert _squash(core) not in _squash(masked)
    assert re.search(shape, masked), masked


@pytest.mark.parametrize("kind", ["phone", "national_id", "financial", "age", "vehicle_plate", "exact_date",
                                  "street_address", "email", "social_handle", "person_name", "geo_coordinates"])
@pytest.mark.parametrize("value", ["7", "12", "A1", "x@y.io", "0", "Ян", "5.5, 6.6"])
def test_short_values_are_hidden_too(kind, value):
    masked = mask(kind, value)
    if len(_squash(value)) > 1:
        assert _squash(value) not in _squash(masked)


SHOWN_AT_MOST_TWO = [  # kind, value: at most two of the value's letters and digits may show
    ("exact_date", "12.03.2022"), ("exact_date", "born in 1979"), ("exact_date", "12 березня 1979 року"),
    ("age", "68 років"), ("age", "Двенадцатилетнюю"), ("street_address", "вул. Шевченка, 12, кв. 5"),
    ("geo_coordinates", "N 47°26.6′ E 35°16.7′"), ("person_name", "Ivan Ivanovych Hnatiuk"),
    ("national_id", "3184710692"), ("vehicle_plate", "о456кх 199"), ("phone", "067 123 45 67"),
]


@pytest.mark.parametrize("kind,value", SHOWN_AT_MOST_TWO)
def test_only_the_shape_and_two_characters_show(kind, value):
    masked = mask(kind, value)
    shown = [ch for ch in masked if ch.isalnum()]
    assert len(shown) <= 2, masked
    assert not re.search(r"(19|20)\d\d", masked), masked    # never a year


def test_the_contract_phone_example_keeps_its_country_code_and_last_two_digits():
    assert mask("phone", "+380 67 123 45 67").replace(" ", "") == "+380*******67"
