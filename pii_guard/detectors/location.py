"""Places precise enough to find a person: coordinates and street addresses.

Kinds and rules:
  geo_coordinates  geo.mgrs (a military grid reference: 36T VS 61824 27135),
                   geo.decimal (50.4501, 30.5234 / 50.4501° N, 30.5234° E), geo.dms
                   (50°27′00″N 30°31′24″E), geo.url (maps links: ?q=lat,lon, @lat,lon, ll=)
                   with decimal commas too (51,7312 36,1905)
  street_address   address.uk, address.ru, address.en (also German compounds: Bahnhofstraße 27),
                   address.name (no street word: «на Пушкінській, 40, кв. 2»; where someone lives
                   or works: "lives at Sadova 10"; a name, a house and a flat: «Профсоюзная, 104,
                   кв 88»; "Dniprovskyi prospekt 86"); houses and flats said in words after a
                   house or flat word («вулиці Миру, сорок два, квартира дев'ять»), address.flat (in a
                   testimony, a building and a flat without the street: «буд. 14, кв. 27», "block 5, flat 12"),
                   address.column (in a testimony, a street and a house alone under an address
                   column's header: «| Двір |» … «| Центральна, 2 |»)

An address needs a street word (or the «на …, 40» shape), a street name AND a house number:
«вулиця Шевченка» or «Main Street» alone names a street shared by thousands and is not reported.
A city or a village is a quasi-identifier left to the human review step (DESIGN §5).
"""
from __future__ import annotations

import re

from pii_guard.detectors._numbers import (AGE_NUMBER, DIGIT_WORDS, EN_NUMBER_WORD, HUNDREDS_WORDS, TEEN_WORDS, TENS_WORDS,
                                          alternation, spelled_readings)
from pii_guard.detectors._windows import finditer, has_digit, lowered, register_triggers, windows
from pii_guard.detectors.names_translit import analyse_latin
from pii_guard.detectors.names_morph import analyse
from pii_guard.model import ScanContext, Span
from pii_guard.detectors._spans import without_overlaps
from pii_guard.detectors._tables import column_cells, may_hold_table

# --- coordinates --------------------------------------------------------------------------

_DEG = r"\s?°?"
# Plain decimal pair: at least three decimals (about 100 m) unless a hemisphere letter says
# what it is; never inside a longer list of numbers.
_DEC_PAIR_RE = re.compile(
    r"(?<![\w.,\-])(?P<ns1>[NSПС]\s?)?(?P<lat>[-\u2212]?\d{1,2}\.(?P<latd>\d{2,}))" + _DEG
    + r"\s?(?P<ns2>[NSпнпдсю](?:\.|\b))?(?:\s?(?:ш\.|пн\.?\s?ш\.|пд\.?\s?ш\.|с\.?\s?ш\.|ю\.?\s?ш\.))?"
    r"\s?[,;]?\s?"
    r"(?P<ew1>[EWСЗВ]\s?)?(?P<lon>[-\u2212]?\d{1,3}\.(?P<lond>\d{2,}))" + _DEG
    + r"\s?(?P<ew2>[EWсзв](?:\.|\b))?(?:\s?(?:д\.|сх\.?\s?д\.|зх\.?\s?д\.|в\.?\s?д\.|з\.?\s?д\.))?"
    r"(?!\w|\.\d|,\s?[-\u2212]?\d++\.\d++(?!\.\d))",      # (a date may follow: «…, 37.8125, 12.03.2024»)
)
# Decimal commas, as Ukrainian and Russian write them: «51,7312 36,1905» (four decimals at least).
_DEC_COMMA_PAIR_RE = re.compile(r"(?<![\w.,\-])(?P<lat>\d{1,2},\d{4,})(?:\s?°?\s?(?:[сю]\.\s?ш\.|пн\.\s?ш\.|пд\.\s?ш\.|[NS])?)?[;,]?\s"
                                r"(?P<lon>\d{1,3},\d{4,})(?:\s?°?\s?(?:[вз]\.\s?д\.|сх\.\s?д\.|зх\.\s?д\.|[EW])?)?"
                                r"(?![\w]|[.,]\d)")   # («49,7123; 37,6158», «46,7128° с. ш., 32,6611° в. д.»)
# A military grid reference (MGRS): zone, band, square, easting and northing of equal length
# ("36T VS 61824 27135": a point within a metre)
_MGRS_RE = re.compile(r"(?<![\w])(?:[1-9]|[1-5]\d|60)[C-HJ-NP-X]\s?[A-HJ-NP-Z]{2}\s?(?P<e>\d{3,5})\s?(?P<n>\d{3,5})(?![\w])")
_DMS_ONE = (        # (exiftool writes "49 deg 17' 22.10\" N")
    r"(?P<d{n}>\d{{1,3}})\s?(?:°|\sdeg)\s?(?P<m{n}>\d{{1,2}}(?:[.,]\d+)?)\s?(?:['′’`]|мин)\s?"
    r"(?:(?P<s{n}>\d{{1,2}}(?:[.,]\d+)?)\s?(?:\"|″|”|''|′′|’’|сек)\s?)?"
    r"(?P<h{n}>[NSEW]|пн\.?\s?ш\.|пд\.?\s?ш\.|сх\.?\s?д\.|зх\.?\s?д\.|с\.?\s?ш\.|ю\.?\s?ш\.|в\.?\s?д\.|з\.?\s?д\.)?"
)
_DMS_RE = re.compile(
    r"(?<![\w.])(?P<h0>[NSEW]\s?)?" + _DMS_ONE.format(n=1)
    + r"(?:\s?[,;]?\s?(?P<h3>[NSEW]\s?)?" + _DMS_ONE.format(n=2) + r")?(?!\w)"
)
# (a CSV's field separator is no list: "KHE-55402;20:11;46.6402, 32.6104;…", a trip's start)
_LIST_BEFORE_RE = re.compile(r"\d\s?,\s?$|\d\.\d+\s?;\s?$")
# (but a house number is no list: «пр. Ворошиловском, д. 44, 47.2263, 39.7142»)
_HOUSE_BEFORE_RE = re.compile(r"(?:д\.|дом|буд\.|будинок|кв\.|№|[А-ЯІЇЄҐа-яіїєґ]{3,}),?\s\d{1,3}[а-яa-z]?\s?,\s?$")
_MAP_URL_RE = re.compile(
    r"(?:[?&](?:q|query|ll|sll|center|daddr|saddr|destination|origin|mlat|lat)=|/@|/place/|/dir/|#map=\d+/)"
    r"(?P<lat>-?\d{1,2}\.\d+)(?:,|%2C|&(?:mlon|lon|lng)=|/)\s?(?P<lon>-?\d{1,3}\.\d+)",
    re.IGNORECASE,
)

# A pair each named by its label, as a camera's or a logger's metadata writes it
# ("CAM_LAT=46.75312 CAM_LON=32.87021", "Lat 47.8388, Lon 35.1396", «широта: 49.2419; довгота: 37.3316»)
_LABELLED_PAIR_RE = re.compile(
    # (exiftool's lines, the label's colon aligned: "GPS Latitude      : 47.1017\nGPS Longitude     : 35.0422")
    r"(?<![^\W_])(?:[a-z]+_)?(?:lat|latitude|широта)[ \t]*[=:]?\s?(?P<lat>[-\u2212]?\d{1,2}\.\d{2,})°?\s?[,;]?\s?"
    r"(?:gps[ \t]+)?(?:[a-z]+_)?(?:lon|lng|long|longitude|довгота|долгота)[ \t]*[=:]?\s?(?P<lon>[-\u2212]?\d{1,3}\.\d{2,})(?![\d.]\d)",
    re.IGNORECASE)


# A decimal coordinate has a digit, a point and two more digits; a DMS one has a degree sign.
_GEO_TRIGGERS = ((re.compile(r"[0-9]\.[0-9][0-9]"), False), ("°", False), (re.compile(r"[0-9],[0-9]{4}"), False),
                 (" deg ", False), (re.compile(r"[0-9][C-HJ-NP-X] ?[A-HJ-NP-Z]{2} ?[0-9]{3}"), False))


def _in_range(lat: str, lon: str) -> bool:
    lat_v = abs(float(lat.replace("\u2212", "-")))
    lon_v = abs(float(lon.replace("\u2212", "-")))
    return lat_v <= 90 and lon_v <= 180 and not (lat_v == 0 and lon_v == 0)


def _coordinates(text: str) -> list[Span]:
    spans: list[Span] = []
    regions = windows(text, _GEO_TRIGGERS)
    if regions:
        for m in finditer(_MAP_URL_RE, text, regions):
            if _in_range(m.group("lat"), m.group("lon")):
                spans.append(Span(m.start("lat"), m.end("lon"), "geo_coordinates", "geo.url"))
        for m in finditer(_LABELLED_PAIR_RE, text, regions):
            if _in_range(m.group("lat"), m.group("lon")):
                if "\n" in text[m.end("lat"):m.start("lon")]:     # each on its line: each at its line
                    spans += [Span(*m.span(g), "geo_coordinates", "geo.decimal") for g in ("lat", "lon")]
                else:
                    spans.append(Span(m.start("lat"), m.end("lon"), "geo_coordinates", "geo.decimal"))
        for m in finditer(_DEC_PAIR_RE, text, regions):
            hemisphere = any(m.group(g) for g in ("ns1", "ns2", "ew1", "ew2"))
            precise = len(m.group("latd")) >= 3 and len(m.group("lond")) >= 3
            if not (hemisphere or precise) or not _in_range(m.group("lat"), m.group("lon")):
                continue
            # The tail of a longer list of numbers («1.2345, 2.3456, 3.4567, 4.5678»).
            if not hemisphere and _LIST_BEFORE_RE.search(text, max(0, m.start() - 4), m.start()) \
                    and not _HOUSE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
                continue
            if not any(s.start <= m.start("lat") < s.end for s in spans):
                spans.append(Span(m.start(), m.end(), "geo_coordinates", "geo.decimal"))
        for m in finditer(_MGRS_RE, text, regions):
            if len(m.group("e")) == len(m.group("n")):
                spans.append(Span(m.start(), m.end(), "geo_coordinates", "geo.mgrs"))
        for m in finditer(_DEC_COMMA_PAIR_RE, text, regions):
            if _in_range(m.group("lat").replace(",", "."), m.group("lon").replace(",", ".")):
                spans.append(Span(m.start(), m.end(), "geo_coordinates", "geo.decimal"))
        for m in finditer(_DMS_RE, text, regions):
            pair = m.group("d2") is not None
            hemisphere = m.group("h0") or m.group("h1") or m.group("h2") or m.group("h3")
            # One angle without a hemisphere could be a temperature or a slope.
            if (pair or hemisphere) and int(m.group("d1")) <= 180 and float(m.group("m1").replace(",", ".")) < 60:
                spans.append(Span(m.start(), m.end(), "geo_coordinates", "geo.dms"))
        if "," in text or "|" in text:
            spans += _coordinate_columns(text)
    return spans


# A track's table or CSV export with latitude and longitude columns ("time,lat,lon,ele_m,hr"):
# the two cells of each row are one point, whatever comes around them
_LAT_HEADER_RE = re.compile(r"(?i)\b(?:lat|latitude)\b|широт")
_LON_HEADER_RE = re.compile(r"(?i)\b(?:lon|lng|long|longitude)\b|довгот|долгот")
_DECIMAL_DEGREES_RE = re.compile(r"[-\u2212]?\d{1,3}\.\d{3,}")


def _coordinate_columns(text: str) -> list[Span]:
    if not may_hold_table(text) or not re.search(r"(?i)\b(?:lat|latitude)\b|широта", text):
        return []
    latitudes = {text.rfind("\n", 0, a): (a, b) for a, b in column_cells(text, _LAT_HEADER_RE)}
    spans = []
    for a, b in column_cells(text, _LON_HEADER_RE):
        lat = latitudes.get(text.rfind("\n", 0, a))         # the same row's latitude
        if lat and _DECIMAL_DEGREES_RE.fullmatch(text, *lat) and _DECIMAL_DEGREES_RE.fullmatch(text, a, b) \
                and _in_range(text[lat[0]:lat[1]], text[a:b]):
            spans.append(Span(min(lat[0], a), max(lat[1], b), "geo_coordinates", "geo.columns"))
    return spans


# --- street addresses ---------------------------------------------------------------------

# House number: «12», «12а», «23-А», «23 А», «22/1». A lowercase letter after a space is the
# next word («14 у Бердянську»), not a letter of the house.
_HOUSE = (r"\d{1,3}(?!\d)(?:[-–]?[а-яіїєґА-ЯІЇЄҐa-zA-Z](?![\w])|\s[-–]?\s?[А-ЯІЇЄҐA-Z](?![\w]))?"
          r"(?:\s?/\s?\d{1,3}[а-яa-z]?)?")
_MONTHS_AFTER = (
    r"(?!\s*(?:січ|лют|берез|квіт|трав|черв|лип|серп|верес|жовт|листоп|груд|янв|фев|март|апр|ма[яй]|"
    r"июн|июл|авг|сент|окт|нояб|дек|рок|рік|год|лет|років|хвилин|минут|км|м\b|%))"
)
# (an initial first: «пр-т Б. Хмельницкого 60/12», «вул. Т. Шевченка, 5»)
_CYR_NAME = r"(?:[А-ЯІЇЄҐ]\.\s?)?[А-ЯІЇЄҐ0-9][\w'’\-]*(?:\s+[А-ЯІЇЄҐ][\w'’\-]*){0,3}"
# ... or with lowercase words after its first, when a comma then closes it: «вул. Січневого
# прориву, буд. 3», «ул. 40 лет Октября, 88»
_CYR_LONG_NAME = r"[А-ЯІЇЄҐ0-9][\w'’\-]*(?:\s+[\w'’\-]+){1,3}?(?=\s?,)"

_UK_STREET = (
    r"вул\.|вулиц[яіюе]|просп\.|проспект[іуа]?|пров\.|провулк?[уіа]?|провулок|бульв?\.|бул\.|бульвар[іуа]?|"
    r"майдан[іуа]?|пл\.|площ[аіу]|шосе|набережн[аоіу]\w*|узвіз|узвозі|узвозу|в'їзд|тупик"
)
_UK_ADDR_RE = re.compile(
    rf"(?<![\w])(?i:{_UK_STREET})\s?(?P<name>{_CYR_NAME}|{_CYR_LONG_NAME})\s?,?\s+(?:(?:буд\.|будинок|б\.)\s?)?"
    rf"(?P<house>{_HOUSE}){_MONTHS_AFTER}(?![\w,.]\d)"
    r"(?:,?\s*(?:кв\.?|квартира|к\.|корп\.|корпус)\s?\d{1,4})*",
)
_RU_STREET = (
    r"ул\.|ул(?=[ \t][А-ЯЁ])|улиц[аеуы]|пр-т|пр-кт|просп\.|пр\.|проспект[еау]?|пер\.|переул(?:ок|ке|ка)|б-р|бул\.|бульвар[еау]?|"
    r"пл\.|площад[ьи]|шоссе|наб\.|набережн\w+|проезд[еа]?|тупик[еа]?|мкр\.|микрорайон[еа]?"
)
_RU_ADDR_RE = re.compile(
    rf"(?<![\w])(?i:{_RU_STREET})\s?(?P<name>{_CYR_NAME}|{_CYR_LONG_NAME})\s?,?\s+(?:(?:д\.|дом|влад\.)\s?)?"
    rf"(?P<house>{_HOUSE}){_MONTHS_AFTER}(?![\w,.]\d)"
    r"(?:,?\s*(?:(?i:кв)\.?|квартира|корп\.|к\.|стр\.|строение)\s?\d{1,4})*",    # (a telegram's «УЛ ТЕЛЬМАНА 19 КВ 44»)
)
# House first: «у дома 7 по улице Мира», «будинок 7 на вулиці Миру».
_RU_HOUSE_FIRST_RE = re.compile(
    rf"(?<![\w])(?:дом[ауе]?|д\.)\s?(?P<house>{_HOUSE})\s+по\s+(?:{_RU_STREET})\s?(?P<name>{_CYR_NAME})"
)
_UK_HOUSE_FIRST_RE = re.compile(
    rf"(?<![\w])(?:будин(?:ок|ку)|буд\.)\s?(?P<house>{_HOUSE})\s+(?:на|по)\s+(?:{_UK_STREET})\s?(?P<name>{_CYR_NAME})"
)
# The name first, an adjective: «на Морском бульваре, дом 62», «Шевченківський провулок, 5».
# And a house (and flat) said in words where a house or flat word says so: «вулиці Миру, сорок
# два, квартира дев'ять», «бульваре, дом шестьдесят два».
_NUMBER_WORDS_RE = "|".join(sorted((w.replace("'", "['’]") for w in (
    *DIGIT_WORDS, *TEEN_WORDS, *TENS_WORDS, *HUNDREDS_WORDS)), key=len, reverse=True))
_HOUSE_WORDS = rf"(?:{_NUMBER_WORDS_RE})(?:\s+(?:{_NUMBER_WORDS_RE})){{0,2}}(?![\w'’])"
_ADJECTIVE_STREET_RE = re.compile(
    # («с Гражданского проспекта, 88»: the genitive too)
    rf"(?<![\w])(?P<name>[А-ЯІЇЄҐ][а-яіїєґё'’\-]+(?:ом|ому|ім|ій|ий|ый|ой|ая|а|е|ое|ому|ого|его|ської|ской))\s+"
    # (and a road named so: «Фонтанская дорога, д. 58», «Варшавское ш., д. 152»)
    rf"(?:{_UK_STREET}|{_RU_STREET}|дорога|дороги|дорозі|дороге|ш\.)\s?,?\s+(?:(?:буд\.|будинок|б\.|д\.|дом)\s?)?(?P<house>{_HOUSE}){_MONTHS_AFTER}(?![\w,.]\d)"
    r"(?:,?\s*(?:кв\.|квартира|корп\.|корпус)\s?\d{1,4})*")
_SPOKEN_HOUSE_RE = re.compile(
    rf"(?<![\w])(?:(?:{_UK_STREET}|{_RU_STREET})\s?{_CYR_NAME}|[А-ЯІЇЄҐ][а-яіїєґё'’\-]+\s+(?:{_UK_STREET}|{_RU_STREET}))"
    rf"(?:\s?,\s+(?:(?P<word>будинок|буд\.|дом|д\.)\s?)?|\s+(?P<spoken>будинок|дом)\s+)(?P<house>{_HOUSE_WORDS})"
    rf"(?P<flat>,?\s*(?:квартира|кв\.)\s?(?:\d{{1,4}}|{_HOUSE_WORDS}))?")
# «на Садовій, тридцять п'ять», «на Приморской, дом девять»: a street named by its adjective
# after «на/по» (no street word), then the house said in words
_SPOKEN_HOUSE_NAME_ONLY_RE = re.compile(
    r"(?<![\w])(?:(?:на|по)\s+[А-ЯІЇЄҐ][а-яіїєґё'’\-]+(?:ській|ской|цькій|цкой|ій|ой)"
    r"|(?:з|із|зі|с|со)\s+[А-ЯІЇЄҐ][а-яіїєґё'’\-]+(?:ської|ской|цької|цкой|ої|ой))\s?,\s+"   # «з Садової, дванадцять»
    rf"(?:(?:будинок|буд\.|дом|д\.)\s?)?(?P<house>{_HOUSE_WORDS})(?=\s*(?:[,.;:!?)]|$))")
# «Героїв Праці, двадцять два, квартира дев'яносто»: a house and a flat said in words make the
# capitalised words before them a street, with or without its word
_SPOKEN_FLAT_RE = re.compile(
    rf"(?<![\w'’])(?P<named>[А-ЯІЇЄҐ][а-яіїєґё'’\-]+(?:\s+[А-ЯІЇЄҐ][а-яіїєґё'’\-]+)?),\s+(?P<house>{_HOUSE_WORDS}),\s*"
    rf"(?:квартира|кв\.)\s?(?:\d{{1,4}}|{_HOUSE_WORDS})")
# The same in a transliterated account: "We live on Zelena, forty-seven", "from Sadova, twelve",
# "Heroiv Pratsi, twenty-two, flat ninety" (a flat said in words makes any name a street)
_EN_HOUSE_WORDS = rf"{EN_NUMBER_WORD}(?![\w'’-])"
# a voice message's "Kurchatova street building twenty three flat fifty one": no commas, the
# building's word between the street and its number
_SPOKEN_BUILDING_EN_RE = re.compile(
    rf"(?<![\w])[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?i:street|avenue|road|lane)\s+(?:building|house)\s+{_EN_HOUSE_WORDS}"
    rf"(?:\s+(?:flat|apartment)\s+{_EN_HOUSE_WORDS})?")
_SPOKEN_HOUSE_LATIN_RE = re.compile(
    rf"(?<![\w])(?:(?:[Oo]n|[Ff]rom)\s+(?P<name>[A-Z][a-z]+(?:a|ia|ya|ska|ka))"
    rf"|(?P<named>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?=,\s+{_EN_HOUSE_WORDS},\s+flat\s))"
    rf",\s+(?P<house>{_EN_HOUSE_WORDS})(?:,\s+flat\s+{_EN_HOUSE_WORDS})?(?=\s*(?:[,.;:!?)]|$))")

# German and other compounds abroad: «Bahnhofstraße 27, Wohnung 5», "Lindenweg 4"
_COMPOUND_STREET_RE = re.compile(
    r"(?<![\w])(?:[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|str\.|weg|platz|allee|gasse|damm|ufer|ring)"
    # "Oranienburger Straße 285": the street's own word after an adjective
    r"|[A-ZÄÖÜ][a-zäöüß]+(?:er|e|es)\s(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|Damm|Ufer|Ring))"   # ("Alte Gasse 12")
    r"\s+\d{1,4}[a-z]?(?![\w,.]\d)"
    # a flat, or a building and a room («Haus 4, Zimmer 112»: a hostel's)
    r"(?:,?\s*(?:Wohnung|Whg\.|apt\.?|flat)\s?\d{1,4}|,\s*Haus\s\d{1,3}(?:,\s*Zimmer\s\d{1,4})?)?")

# Written as «12 Main Street, Apt 4» / «Shevchenka Street 12» / «vul. Shevchenka 12».
_EN_TYPES = (
    r"Street|Avenue|Road|Boulevard|Lane|Drive|Court|Place|Square|Terrace|Way|Highway|Parkway|Crescent|"
    r"Close|Embankment|Prospect|Prospekt|Alley|Passage|g\.|pr\.|al\.|"   # (Lithuanian gatvė, prospektas, alėja)
    r"pst\.?|mnt\.?|tn\.?|"                                          # (Estonian puiestee, maantee, tänav)
    r"St\.?|Ave\.?|Rd\.?|Blvd\.?|Ln\.?|Dr\.?|Ct\.?|Pl\.?|Sq\.?|"
    # (a baggage file's or a booking's capitals: "27 ELMFIELD ROAD")
    r"STREET|AVENUE|ROAD|BOULEVARD|LANE|DRIVE|COURT|PLACE|SQUARE|TERRACE|CRESCENT|CLOSE|PROSPEKT"
)
# (Baltic and Polish letters: "Žirmūnų g."; one space between its words: a printout's columns are
# two or more apart, "Savchuk Petro           Soborna St. 118")
_EN_NAME = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*(?:\s(?!\s)[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*){0,3}"
_EN_UNIT = r"(?:,?\s*(?i:apt\.?|apartment|suite|ste\.?|unit|flat|room|#)\s?\d{1,5}[A-Za-z]?)?"
# British street words that are ordinary words too ("Hyde Park, 24 people"): only after the house
_EN_HOUSE_FIRST_TYPES = r"Mews|View|Grove|Gardens|Rise|Walk|Row|Hill|Park|Vale|Wharf|Quay"
_EN_NUMBER_FIRST_RE = re.compile(
    rf"(?<![\w.,\-])(?P<house>\d{{1,5}}[A-Za-z]?)\s+(?P<name>{_EN_NAME})\s+(?P<type>{_EN_TYPES}|{_EN_HOUSE_FIRST_TYPES})(?![\w])"
    + _EN_UNIT
)
# (a docket's lowercase street word, only before the house: "Vokzalna st 61", "Lisnyi lane 3";
# not "3/23\nOur street")
_EN_LOWER_TYPES = r"st\.?|str\.?|lane|street"
_EN_NUMBER_AFTER_RE = re.compile(
    rf"(?<![\w])(?P<name>{_EN_NAME})\s+(?P<type>{_EN_TYPES}|{_EN_LOWER_TYPES})\s?,?\s+(?:(?i:No\.?|house|building|bldg\.?|bld\.?)\s?)?"
    rf"(?P<house>{_HOUSE})(?![\w,.]\d)"
    + _EN_UNIT
)
_TRANSLIT_STREET = r"(?:VUL|ВУЛ)(?=\s[A-Z])|Str\.(?=\s?[A-Z])|Strada|Bulevardul|(?i:vul\.|vulytsia|vulytsya|vulitsa|prosp\.|prospekt|prov\.|provulok|bulv\.|bulvar|ul\.|ulitsa|ulica|pr-t|per\.|pereulok|maidan|ploshcha|pr\.(?=\s?[A-Z]))"
_EN_TRANSLIT_RE = re.compile(
    rf"(?<![\w])(?:{_TRANSLIT_STREET})\s?(?P<name>{_EN_NAME})\s?,?\s+(?:(?i:bud\.|d\.|No\.?)\s?)?(?P<house>{_HOUSE})(?![\w,.]\d)"
    r"(?:,?\s*(?i:kv\.?|apt\.?|flat)\s?\d{1,4})?",
)
# No street word: «живе на Пушкінській, 40, кв. 2», «на Мелитопольской, 88», «на Гагарина, 9»:
# a street's name (an adjective or a person's name in the genitive) after «на/по», a comma and
# a house number that ends the phrase.
_STREET_NAME_ONLY_RE = re.compile(
    r"(?<![\w])(?:(?i:на|по|від|до|біля|від|от|до|возле|около|з|зі|із|с|со|у)\s+"   # («На Садовій, 9?»: a question's start; «сбор у Большой Конюшенной, 8»)
    r"|(?i:вулиці|улицы),\s)"                                                # «в кінці вулиці, Степова, 40»
    # (the accusative too: «пішла до сестри на Курортну, 3», «на Садовую, 12»)
    r"(?P<name>[А-ЯІЇЄҐ][а-яіїєґ'’\-]+(?:ській|ской|цькій|цкой|ій|ой|ина|іна|ова|ева|єва|ого|ої|ка|ко|ську|цьку|ную|ую|юю|ну)"
    r"(?:\s[А-ЯІЇЄҐ][а-яіїєґ'’\-]+)?)"          # «на Независимой Украины, 21»
    rf"(?:\s?,\s?|\s)(?:(?:д\.|дом|буд\.|будинок)\s?)?(?P<house>{_HOUSE})(?![\w,.]\d)"     # («на Проскурівській 41 о 5:30»: no comma; «на Дубининскую, д. 57»)
    # («40 років»: no; «118 о 6:00», «4 теж», a printout's next column «51   акция семей»: the house)
    r"(?:(?=[ \t]{2,}[^\W\d])|(?!\s*(?!(?:о|в|у|об|at)\s\d|(?:теж|тоже|також|также|і|и|та|де|где|тепер|теперь|зараз|сейчас|досі|вже|уже)(?![\w'’])"
    r"|[а-яіїєґ]+(?:ив|ил|ав|ал|ла|ло|ли)(?![\w'’]))[а-яіїєґa-z\d]))"   # («на Шевченка, 41 задзвонив»: a verb, not a count)
    r"(?:,?\s*(?:кв\.|квартира)\s?\d{1,4})?")
# «живе на Белинского 120», "lives at Sadova 10": a street's name after a verb of living, no
# comma needed; «Профсоюзная, 104, кв 88»: a street's name, a house and a flat, anywhere;
# "Dniprovskyi prospekt 86": a transliterated name before its street word.
_LIVES_AT_RE = re.compile(
    r"(?<![\w])(?:живе|живёт|живет|жила|жил|жили|живу|проживає|проживает|проживала|проживал|мешкає|"
    r"lives|lived|living|live|працюю|працює|работаю|работает|works|work)(?:[ \t,]+[^\W\d]+){0,4}?[ \t,]+(?:на|по|at|on)\s+"
    r"(?P<name>[А-ЯІЇЄҐA-Z][\w'’\-]+)\s?,?\s+"
    rf"(?P<house>{_HOUSE}){_MONTHS_AFTER}(?![\w,.]\d)(?!\s*(?:людей|people|человек|осіб|днів|дні|дней|дня|days?|hours?|годин|часов|тижн|недел|weeks?|рок|рік|лет|год|years?))"
    r"(?:,?\s*(?:кв\.?|квартира|flat|apt\.?)\s?\d{1,4})?")
# («Молодіжна 35, кв. 12», "Klochkivska 117, flat 56": the comma after the name may be missing)
_STREET_WITH_FLAT_RE = re.compile(
    rf"(?<![\w])(?P<name>[А-ЯІЇЄҐ][а-яіїєґё'’\-]+|[A-Z][a-z'’\-]+)(?:\s?,\s?|\s)(?P<house>{_HOUSE}),?\s*"
    r"(?:кв\.?|квартира|flat|apt\.?|apartment)\s?\d{1,4}(?!\d)")
# «Кирилівська 41/118», "Kyrylivska 41/118": a street's adjective, then a house and flat joined by a slash
_STREET_SLASH_FLAT_RE = re.compile(
    r"(?<![\w])(?P<name>[А-ЯІЇЄҐ][а-яіїєґё'’\-]+(?:ська|цька|ская|цкая|ова|ева|єва|ина|іна|ая|яя|на)"
    r"|[A-Z][a-z'’\-]+(?:ska|tska|ova|owa|ewa|eva|yna|ina|aya|na))\s?,?\s(?P<house>\d{1,3}[a-zа-яіїє]?/\d{1,4})(?![\w/]|[.,]\d)")
_TRANSLIT_NAME_FIRST_RE = re.compile(
    r"(?<![\w])(?P<name>[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+)?)\s+(?:prospekt|prosp\.|vulytsia|vul\.|provulok|bulvar|ulitsa|street|st\.|Street|"
    r"avenue|boulevard)"       # ("Sobornyi avenue 158 apartment 77": an automatic caption's lowercase)
    rf"\s?,?\s+(?:(?i:number|no\.?|№)\s*)?(?P<house>{_HOUSE})(?![\w,.]\d)" + _EN_UNIT)     # ("Zhukovskoho Street, number 58")
# … and transliterated: "gone to her sister at Kurortna 3." (a Slavic street's adjective; the
# house ends the phrase)
_EN_AT_STREET_RE = re.compile(r"(?<![\w])(?:at|on)\s+(?P<name>[A-Z][a-z'’]+(?:na|va|ka|ya|ia))\s+(?P<house>\d{1,3}[a-z]?)"
                              r"(?=[.;,!?)]|\s*$)", re.MULTILINE)
# … or with no word before it at all, in a log or a chat: "**17.03.22** — Kirova 118 (private
# house)", "Come to Zhukovskoho 58, I'm waiting", "'Pershotravneva 4'" (a street named after a
# person in the genitive, or by an adjective; the house ends the phrase)
_TRANSLIT_STREET_ALONE_RE = re.compile(
    r"(?<![\w.-])(?P<name>[A-Z][a-z'’]+(?:ova|eva|ina|yna|oho|ogo|ska|tska|zka|nka|na|va))[ \t](?P<house>\d{1,3}[a-z]?(?:/\d{1,3})?)"
    r"(?:[ \t]+(?:kv|flat|apt)\.?[ \t]?\d{1,4})?"
    # (or a printout's next column: "Pyrohova 6                   L     2 portions")
    r"(?=[ \t]*(?:[.,;:!?)'\"(|]|[—–][ \t]|$)|[ \t]{3,}|[ \t]+(?:kv|flat|apt)\.?[ \t]?\d)", re.MULTILINE)
# … and in Cyrillic, after a town and a comma, the house closing the cell or the line: «Терпіння,
# Степова 12|», «Терпіння, Гагаріна 5|», «(05743) 2-16-09, Замкова 8» (an adjective, or a surname
# in the genitive: the street named after the person)
_CYR_STREET_ALONE_RE = re.compile(
    r"(?<=,[ \t])(?P<name>[А-ЯІЇЄҐ][а-яіїєґё'’]+(?:ова|ева|єва|ина|іна|ська|цька|ская|цкая|ая|нка|на))[ \t]"
    r"(?P<house>\d{1,3}[а-яіїє]?(?:/\d{1,3})?)(?:,?[ \t]*кв\.?[ \t]?\d{1,4})?(?=[ \t]*(?:\||$))", re.MULTILINE)
_TOWN_NAME_ADJECTIVES = frozenset({"nova", "stara", "mala", "velyka", "verkhnia", "nyzhnia", "kryva", "bila", "chorna"})
_STREET_NAME_ONLY_TRIGGERS = ((re.compile(r"[а-яіїє] ?,? ?(?:д\. ?|дом ?|буд\. ?|будинок ?)?[0-9]"), True),)
_YEAR_CUE_RE = re.compile(r"(?:\b(?:in|since|by|of|from|until|till|after|before|around|circa|c\.)\s+)$", re.IGNORECASE)
# Every address holds a street word: Cyrillic and transliterated ones searched in the lowered
# text, English ones as written (see _windows.py for why triggers are plain alternations).
_STREET_TRIGGERS = (
    (re.compile(r"вул|просп|пров|бул|майдан|площ|пл\.|шосе|набережн|узв|в'їзд|тупик|ул\.|улиц|пр-|пр\.|пер\.|"
                r"переул|б-р|шоссе|наб\.|проезд|мкр|микрорайон|vul|prosp|prov|bulv|ul\.|ulits|ulica|pr-t|"
                r"per\.|pereul|maidan|ploshch|ая дорог|а дорог|ій дороз|ой дорог|pr\. ?[a-z]|[a-z] str?\.? [0-9]|[а-я] ш\.|ул [а-я]|[a-z] lane [0-9]|[a-z] street [0-9]"), True),     # («Фонтанская дорога»)
    (re.compile(r"Street|Avenue|Road|Boulevard|Lane|Drive|Court|Place|Square|Terrace|Way|Highway|Parkway|"
                r"Crescent|Close|Embankment|Prospe|Alley|Passage|St\b|Ave\b|Rd\b|Blvd|Ln\b|Dr\b|Ct\b| g\. [0-9]| pr\. [0-9]| al\. [0-9]| pst\.? [0-9]| mnt\.? [0-9]| tn\.? [0-9]|"
                r"Mews|View|Grove|Gardens|Rise|Walk|Row|Hill|Park|Vale|Wharf|Quay|"
                r"Pl\b|Sq\b|Str\. ?[A-Z]|Strada|Bulevardul|STREET|AVENUE|ROAD|BOULEVARD|LANE|DRIVE|COURT|PLACE|SQUARE|TERRACE|CRESCENT|CLOSE|VUL |ВУЛ "), False),
)


def _addresses(text: str) -> list[Span]:
    spans: list[Span] = []
    regions = windows(text, _STREET_TRIGGERS)
    for rx, rule in ((_UK_ADDR_RE, "address.uk"), (_RU_ADDR_RE, "address.ru"),
                     (_UK_HOUSE_FIRST_RE, "address.uk"), (_RU_HOUSE_FIRST_RE, "address.ru"),
                     (_EN_TRANSLIT_RE, "address.en"), (_EN_NUMBER_AFTER_RE, "address.en")):
        for m in finditer(rx, text, regions):
            spans.append(Span(m.start(), m.end(), "street_address", rule))
    for m in finditer(_ADJECTIVE_STREET_RE, text, regions):
        spans.append(Span(m.start(), m.end(), "street_address", _cyrillic_rule(m.group())))
    lives = windows(text, _LIVES_TRIGGERS)
    for rx in (_LIVES_AT_RE, _STREET_WITH_FLAT_RE, _TRANSLIT_NAME_FIRST_RE):
        for m in finditer(rx, text, lives):
            spans.append(Span(m.start("name"), m.end(), "street_address", "address.name"))
    for m in _TRANSLIT_STREET_ALONE_RE.finditer(text) if has_digit(text) else ():
        info = analyse_latin(m.group("name"))
        # (a surname that is also a village's name, Kirova, is the street named after the person;
        # not "Nova 5": the first word of many towns' names)
        if (info.common_not_noun or info.surn) and not info.name and (info.surn or not info.place) \
                and m.group("name").lower() not in _TOWN_NAME_ADJECTIVES:
            spans.append(Span(m.start("name"), m.end(), "street_address", "address.name"))
    for m in _CYR_STREET_ALONE_RE.finditer(text) if "," in text and has_digit(text) else ():
        info = analyse(m.group("name"))
        if (info.common_not_noun or info.surn) and not (info.name or info.patr or info.place):
            spans.append(Span(m.start("name"), m.end(), "street_address", "address.name"))
    for m in _EN_AT_STREET_RE.finditer(text) if " at " in text or " on " in text else ():
        info = analyse_latin(m.group("name"))
        if info.common_not_noun and not (info.name or info.place):
            spans.append(Span(m.start("name"), m.end(), "street_address", "address.name"))
    if "/" in text:
        spans += [Span(m.start("name"), m.end(), "street_address", "address.name")
                  for m in _STREET_SLASH_FLAT_RE.finditer(text)]
    for m in finditer(_COMPOUND_STREET_RE, text, windows(text, _COMPOUND_TRIGGERS)):
        spans.append(Span(m.start(), m.end(), "street_address", "address.en"))
    for m in finditer(_STREET_NAME_ONLY_RE, text, windows(text, _STREET_NAME_ONLY_TRIGGERS)):
        spans.append(Span(m.start("name"), m.end(), "street_address", "address.name"))
    for m in finditer(_HOUSE_ON_STREET_RE, text, windows(text, _HOUSE_ON_STREET_TRIGGERS)):
        spans.append(Span(m.start("addr"), m.end("addr"), "street_address", "address.house_on"))
    for m in finditer(_EN_NUMBER_FIRST_RE, text, regions):
        house, kind = m.group("house"), m.group("type")
        # «in 2014 Maidan Square» is a year, not a house number.
        if re.fullmatch(r"(?:1[89]|20)\d\d", house) and _YEAR_CUE_RE.search(text[max(0, m.start() - 12):m.start()]):
            continue
        # «St.» / «Dr.» followed by a capitalised word is a saint or a doctor («5 St. Louis»).
        # (not a compass point: "88 Bloor St W, Toronto")
        if kind.rstrip(".") in ("St", "Dr") and re.match(r"\s+[A-Z]", text[m.end():]) \
                and not re.match(r"\s+(?:[NSEW]|NE|NW|SE|SW)\b", text[m.end():]):
            continue
        spans.append(Span(m.start(), m.end(), "street_address", "address.en"))
    return spans



# A street named by its adjective alone, with a house number, after a word for a house, its
# gate or the street ("the house on Dniprovska 31", «дом на Днепровской, 31», "our street, Stepova
# 17", «у ворот Садовой, 9», a chat group's «Будинок Гетьманська, 87»)
_HOUSE_ON_STREET_RE = re.compile(
    r"(?<![\w'’])(?i:дом\w*|будин\w*|хат\w*|ворот\w*|улиц\w*|вулиц\w*|house|home|gates?|street)(?![\w'’])[^.!?\n\d]{0,25}?"
    # (not a town after «в», "in": «из дома в Бердянске, 26 месяцев»)
    r"(?<!\sв )(?<!\sу )(?<!\sin )(?P<addr>(?:[А-ЯІЇЄҐ][а-яіїєґ'’]+(?:ськ|цьк|ск|цк|ов|ев|ин|нк|н|д)[аоіийїеу]\w{0,2}"
    r"|[A-Z][a-z]+(?:ska|tska|ova|eva|yna|ina|na|ny|skyi|ivska))"
    r"[ \t]?,?[ \t]+\d{1,3}(?!\d)(?:[-–]?[а-яa-z](?![\w]))?)(?![\w,.]\d|[ \t]?(?:%|км|km|м\b)"
    # (a count: «на Харьковской 12 квартир», "on Main 5 families")
    r"|[ \t]+(?:квартир|человек|людей|осіб|семей|сімей|поверх|этаж|рок|лет|месяц|місяц|дн|недел|тижн|years?|"
    r"months?|days?|weeks?|people|famil|flats|floors|storeys))")
_HOUSE_ON_STREET_TRIGGERS = ((re.compile(r"дом|будин|хат|ворот|улиц|вулиц|house|home|gate|street"), True),)


_UKRAINIAN = re.compile("[іїєґ]", re.IGNORECASE)


def _cyrillic_rule(address: str) -> str:
    return "address.uk" if _UKRAINIAN.search(address) else "address.ru"
_LIVES_TRIGGERS = ((re.compile(r"жив|жил|мешка|lives|lived|living|live |працю|работа|work|кв|flat|apt|prospekt|prosp\.|vul|"
                               r"provulok|bulvar|ulitsa|street|avenue|boulevard|st\. ?[0-9]"), True),)
_COMPOUND_TRIGGERS = ((re.compile(r"stra(?:ß|ss)e|str\.|weg |platz |allee |gasse |damm |ufer |ring "), True),)


# a house or flat word; or «на …ій, » (a street named by its adjective, the house in words after it)
_HOUSE_WORD_TRIGGERS = ((re.compile(r"квартир|будин|дом|кв\.|буд\.|д\. |(?:на|по) [а-яіїєґ'’\-]+(?:ій|ой) ?, |"
                                    r"(?:з|із|зі|с|со) [а-яіїєґ'’\-]+(?:ої|ой) ?, |(?:on|from) [a-z]+ ?, |, flat |building "), True),)


def _spoken_houses(text: str) -> list[Span]:
    """(Searched near a house or flat word: one of them is required.)"""
    spans = []
    regions = windows(text, _HOUSE_WORD_TRIGGERS)      # (one pass for both patterns' triggers)
    for m in finditer(_SPOKEN_HOUSE_RE, text, regions):
        if m.group("word") or m.group("spoken") or m.group("flat"):      # «сорок два» alone could be a count
            spans.append(Span(m.start(), m.end(), "street_address", _cyrillic_rule(m.group())))
    for m in finditer(_SPOKEN_HOUSE_NAME_ONLY_RE, text, regions):
        start = m.start() + m.group().index(" ") + 1        # the street's name, not «на»
        spans.append(Span(start, m.end(), "street_address", _cyrillic_rule(m.group())))
    for m in finditer(_SPOKEN_FLAT_RE, text, regions):
        if not any(s.start < m.end() and m.start() < s.end for s in spans):     # (not «вулиці Миру, …» again)
            spans.append(Span(m.start("named"), m.end(), "street_address", _cyrillic_rule(m.group())))
    spans += [Span(m.start(), m.end(), "street_address", "address.name")
              for m in finditer(_SPOKEN_BUILDING_EN_RE, text, regions)]
    for m in finditer(_SPOKEN_HOUSE_LATIN_RE, text, regions):
        name = m.group("name")
        if name and not analyse_latin(name).common_not_noun:
            continue            # a street named so is an adjective (Zelena, Sadova); "from Odesa, twelve" is not
        spans.append(Span(m.start("name" if name else "named"), m.end(), "street_address", "address.name"))
    return spans


# Coordinates read out in a voice message: "forty seven point four eight one two, thirty four
# point six five two seven", «сорок сім кома чотири вісім один два тридцять чотири кома …»: two
# numbers with three spoken decimals or more, a latitude's and a longitude's
_SPOKEN_WHOLE = rf"(?:{alternation((*TENS_WORDS, *TEEN_WORDS, *DIGIT_WORDS, *HUNDREDS_WORDS))})"
_SPOKEN_DIGIT = rf"(?:{alternation(DIGIT_WORDS)})"
_SPOKEN_DECIMAL = (rf"(?:{_SPOKEN_WHOLE})(?:[ \t-]+(?:{_SPOKEN_WHOLE})){{0,2}}[ \t]+(?:point|кома|точка)"
                   rf"(?:[ \t]+(?:{_SPOKEN_DIGIT})(?![\w'’])){{3,8}}")
_SPOKEN_COORDINATES_RE = re.compile(
    rf"(?<![\w'’])(?P<lat>{_SPOKEN_DECIMAL})[,;]?[ \t]+(?:(?:and|і|и|та)[ \t]+)?(?P<lon>{_SPOKEN_DECIMAL})",
    re.IGNORECASE)
_DECIMAL_WORDS = (" point ", " кома ", " точка ")


def _spoken_coordinates(text: str) -> list[Span]:
    low = lowered(text) or text.lower()        # (cached: every detector asks for the same text)
    if not any(word in low for word in _DECIMAL_WORDS):
        return []
    spans = []
    for m in _SPOKEN_COORDINATES_RE.finditer(text):
        whole = [re.split(r"\s+(?:point|кома|точка)\s", m.group(part), flags=re.IGNORECASE)[0] for part in ("lat", "lon")]
        lat, lon = (spelled_readings(w) for w in whole)
        lat = [int(a) for a in lat if a.isdigit() and int(a) <= 90]
        lon = [int(b) for b in lon if b.isdigit() and int(b) <= 180]
        if lat and lon and max(lat + lon) >= 10:       # ("two point five one two and three point one four…": no place)
            spans.append(Span(m.start(), m.end(), "geo_coordinates", "geo.spoken"))
    return spans


# A building and a flat in it, without the street («буд. 14, кв. 27», «корп. 2, кв. 145», "block 5,
# flat 12"): in a testimony, the street is the one the page is about (a residents' list)
_BUILDING_FLAT_RE = re.compile(
    r"(?<![\w'’])(?:буд\.|будин\w*|корп\.|корпус\w*|д\.|дом|house|block|building|bldg\.?)[ \t\u00a0]*№?[ \t\u00a0]*"
    r"\d{1,4}(?:[-/]?[а-яіїєa-z])?(?:/\d{1,3})?[ \t\u00a0]*,?[ \t\u00a0]*"
    r"(?:кв\.|квартир\w*|flat|apt\.?|apartment)[ \t\u00a0]*№?[ \t\u00a0]*\d{1,4}(?![\d.,]\d)", re.IGNORECASE)
_FLAT_WORDS = ("кв", "flat", "apt", "apartment", "квартир")


def _buildings_and_flats(text: str) -> list[Span]:
    low = lowered(text) or text.lower()
    if not any(word in low for word in _FLAT_WORDS):
        return []
    # (not the end of a longer address, «г. Луганск, кв-л Гайового, д. 35, кв. 61»: its own rules' whole)
    return [Span(m.start(), m.end(), "street_address", "address.flat") for m in _BUILDING_FLAT_RE.finditer(text)
            if not text[text.rfind("\n", 0, m.start()) + 1:m.start()].rstrip(" \t").endswith(",")]


# … or a street and a house alone in a table's address column («| Двір |» … «| Центральна, 2 |»,
# "| Address |" … "| Soborna 118 |")
_ADDRESS_HEADER_RE = re.compile(r"(?<![^\W\d_])(?:address\w*|адрес\w*|двор|двір|household|yard|хата|садиба|усадьба)"
                                r"(?![^\W\d_])", re.IGNORECASE)
_STREET_HOUSE_CELL_RE = re.compile(r"[A-ZА-ЯІЇЄҐЁ][\w'’.\-]+(?:[ \t][A-ZА-ЯІЇЄҐЁ]?[\w'’.\-]+){0,2},?[ \t]\d{1,4}[а-яa-z]?"
                                   r"(?:/\d{1,3})?(?:,[ \t]*(?:кв\.|apt\.?|flat)[ \t]*\d{1,4})?")


def _address_cells(text: str) -> list[Span]:
    if "|" not in text:
        return []
    return [Span(a, b, "street_address", "address.column") for a, b in column_cells(text, _ADDRESS_HEADER_RE)
            if _STREET_HOUSE_CELL_RE.fullmatch(text, a, b)]


def detect(text: str, ctx: ScanContext) -> list[Span]:
    if not has_digit(text):       # coordinates and house numbers are digits, or words after a street
        return _spoken_houses(text) + _spoken_coordinates(text)
    spans = _coordinates(text) + _addresses(text) + _spoken_houses(text) + _spoken_coordinates(text)
    if ctx.testimony:
        spans += _buildings_and_flats(text) + _address_cells(text)
    return without_overlaps(spans)


# --- addresses said in a caseless transcript -------------------------------------------------
# «вулиця азовська сорок два», «на улице щорса дом сорок пять квартира двенадцать», "perekopska
# street fourteen flat nine": in automatic captions nothing is capitalised and numbers are words
_STREET_WORD_CASELESS = r"(?:вулиц[яіею]|вул\.?|улиц[аеуы]|ул\.?|проспект\w*|провулок|переулок|street|avenue|road)"
_CASELESS_FLAT = rf"(?:[ \t,]+(?:квартира|квартиру|кв\.?|flat|apartment|apt\.?)[ \t]+{AGE_NUMBER})?"
_CASELESS_ADDRESS_RE = re.compile(
    rf"(?<![\w'’]){_STREET_WORD_CASELESS}[ \t]+(?:[a-zа-яіїєґё'’\-]+[ \t]+){{1,2}}?(?:(?:дом|будинок|буд\.?|house|number)[ \t]+)?"
    rf"(?=[1-9]|[^\W\d])(?:{AGE_NUMBER}){_CASELESS_FLAT}"
    rf"|(?<![\w'’])[a-z'’\-]+[ \t]+(?:street|avenue|road)[ \t]+(?=[1-9]|[^\W\d])(?:{AGE_NUMBER}){_CASELESS_FLAT}"
    # «соборный проспект 158 квартира 77»: an avenue's or a lane's adjective before its word
    rf"|(?<![\w'’])[а-яіїєґё'’\-]+(?:ий|ый|ій|ой|ая|а)[ \t]+(?:проспект\w*|бульвар\w*|провулок|переулок|узвіз)[ \t]+"
    rf"(?:(?:дом|будинок|буд\.?)[ \t]+)?(?=[1-9]|[^\W\d])(?:{AGE_NUMBER}){_CASELESS_FLAT}",
    re.IGNORECASE)


def caseless_addresses(text: str, regions: list[tuple[int, int]]) -> list[Span]:
    """Street addresses in the caseless parts of a page (names_lowercase.caseless_regions)."""
    return [Span(m.start(), m.end(), "street_address", "address.caseless")
            for start, end in regions for m in _CASELESS_ADDRESS_RE.finditer(text, start, end)]


register_triggers(globals())     # its triggers, looked for with every other detector's in one pass (_trigger_gate.py)
