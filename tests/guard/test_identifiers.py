"""Identifier detector (pii_guard/detectors/identifiers.py): national IDs, payment details, plates.

All numbers are fictional. Check digits are computed here with python-stdnum (or, for SNILS,
with the published algorithm re-stated independently below), so a table value is valid by
construction and its one-digit-off twin is invalid by construction.
Run: .venv/bin/python -m pytest tests/guard/test_identifiers.py -q
"""
from __future__ import annotations

from pathlib import Path

import pytest
from stdnum import iban, luhn
from stdnum.ru import inn
from stdnum.ua import edrpou, rntrc

from pii_guard.detectors import identifiers
from pii_guard.model import KINDS, ScanContext
from campaign_texts import CAMPAIGN_TEXTS, FILLER

CTX = ScanContext()


def _wrong_last(number: str) -> str:
    return number[:-1] + str((int(number[-1]) + 1) % 10)


def _snils(nine: str) -> str:
    total = sum(int(d) * (9 - i) for i, d in enumerate(nine))
    while total > 101:
        total %= 101
    check = 0 if total in (100, 101) else total
    return f"{nine[:3]}-{nine[3:6]}-{nine[6:]} {check:02d}"


def _iban(country: str, bban: str) -> str:
    raw = country + "00" + bban
    return iban.format(country + iban.calc_check_digits(raw) + bban)


RNOKPP = "301234567" + rntrc.calc_check_digit("301234567")           # born 1982 (fictional)
RNOKPP_BAD = _wrong_last(RNOKPP)
# checksum-valid, but its first five digits would be a birth date in 2044 (fictional)
RNOKPP_FUTURE = "526018159" + rntrc.calc_check_digit("526018159")
INN12 = "5001234567" + inn.calc_personal_check_digits("5001234567")
INN10 = "770708389" + inn.calc_company_check_digit("770708389")
EDRPOU = "3285596" + edrpou.calc_check_digit("3285596")
SNILS = _snils("112233445")
SNILS_BAD = SNILS[:-1] + str((int(SNILS[-1]) + 1) % 10)
CARD_VISA = "4" + "12345678901234"
CARD_VISA += luhn.calc_check_digit(CARD_VISA)
CARD_VISA_SPACED = " ".join(CARD_VISA[i:i + 4] for i in range(0, 16, 4))
CARD_VISA_BAD_SPACED = " ".join(_wrong_last(CARD_VISA)[i:i + 4] for i in range(0, 16, 4))
CARD_MIR = "220012345678901" + luhn.calc_check_digit("220012345678901")
CARD_MIR_DASHED = "-".join(CARD_MIR[i:i + 4] for i in range(0, 16, 4))
CARD_AMEX = "3712345678901" + "2"
CARD_AMEX += luhn.calc_check_digit(CARD_AMEX)
CARD_AMEX_SPACED = f"{CARD_AMEX[:4]} {CARD_AMEX[4:10]} {CARD_AMEX[10:]}"
IBAN_UA = _iban("UA", "322313" + "0000026007233566001")
IBAN_DE = _iban("DE", "370400440532013000")
IBAN_UA_BAD = IBAN_UA[:-1] + str((int(IBAN_UA[-1]) + 1) % 10)

NATIONAL_ID_CASES = [
    # a Russian migration card after its name (fictional numbers)
    ("- Migration card: series and number 4619 0823751, entry", [("4619 0823751", "national_id", "id.ru.migration_card")]),
    ("Миграционная карта: 4619 № 0823751, въезд", [("4619 № 0823751", "national_id", "id.ru.migration_card")]),
    (f"РНОКПП {RNOKPP}", [(RNOKPP, "national_id", "id.ua.rnokpp")]),
    (f"ІПН: {RNOKPP}, видано", [(RNOKPP, "national_id", "id.ua.rnokpp")]),
    (f"tax number {RNOKPP}", [(RNOKPP, "national_id", "id.ua.rnokpp")]),
    (f"| Taxpayer number (RNOKPP) | {RNOKPP_FUTURE} |", [(RNOKPP_FUTURE, "national_id", "id.ua.rnokpp")]),
    (f"записав {RNOKPP} на аркуші", [(RNOKPP, "national_id", "id.ua.rnokpp")]),
    (f"ИНН {INN12}", [(INN12, "national_id", "id.ru.inn")]),
    (f"номер {INN12} в анкете", [(INN12, "national_id", "id.ru.inn")]),
    (f"ИНН {INN10}", [(INN10, "national_id", "id.ru.inn")]),
    (f"СНИЛС {SNILS}", [(SNILS, "national_id", "id.ru.snils")]),
    (f"номер {SNILS} в справке", [(SNILS, "national_id", "id.ru.snils")]),
    (f"СНИЛС {SNILS.replace('-', '').replace(' ', '')}", [(SNILS.replace('-', '').replace(' ', ''), "national_id", "id.ru.snils")]),
    ("паспорт СН 123456", [("СН 123456", "national_id", "id.ua.passport")]),
    ("паспорт серії МЕ №654321", [("МЕ №654321", "national_id", "id.ua.passport")]),
    ("passport CH 123456", [("CH 123456", "national_id", "id.ua.passport")]),
    ("ID-картка 001234567", [("001234567", "national_id", "id.ua.idcard")]),
    ("document number 123456789", [("123456789", "national_id", "id.ua.idcard")]),
    ("УНЗР 19870312-01234", [("19870312-01234", "national_id", "id.ua.unzr")]),
    ("військовий квиток АА 123456", [("АА 123456", "national_id", "id.ua.military")]),
    ("military ID KM 123456", [("KM 123456", "national_id", "id.ua.military")]),
    ("военный билет АБ 1234567", [("АБ 1234567", "national_id", "id.ru.military")]),
    ("паспорт 45 12 345678", [("45 12 345678", "national_id", "id.ru.passport")]),
    # a Russian passport written as it is printed needs no word; a cue in Latin letters; a
    # military ID's seven digits after a Latin series
    ("йому силою зробили у 2023-му, 39 22 605118, свідоцтво", [("39 22 605118", "national_id", "id.ru.passport")]),
    ("Vasyl Bilyk, RNOKPP 3408915276.", [("3408915276", "national_id", "id.ua.rnokpp")]),
    ("His military ID every single time, AK 0912374, and", [("AK 0912374", "national_id", "id.ua.military")]),
    # a cue word is enough whatever follows it on the line; an organisation's INN checksum is
    # no reason to pass a number the text calls an RNOKPP
    ("реєстраційний номер облікової картки платника податків: 2650118374;",
     [("2650118374", "national_id", "id.ua.rnokpp")]),
    ("**РНОКПП:** 2527904816", [("2527904816", "national_id", "id.ua.rnokpp")]),
    # read out in words after the document's word (or after its number in digits)
    ("Паспорт старий, серія ЕР, номер чотириста вісімнадцять сімсот двадцять три.",
     [("чотириста вісімнадцять сімсот двадцять три", "national_id", "id.spelled")]),
    ("His tax number, I'll read it: two seven one nine, eight zero four four one three.",
     [("two seven one nine, eight zero four four one three", "national_id", "id.spelled")]),
    ("Номер дома сорок два, квартира семь.", []),
    # a caption mixes words and digits; a tax number's own check digit needs no cue (fictional)
    ("номер айди карты у вас есть\nноль ноль четыре один семь три 826 действительна до",
     [("ноль ноль четыре один семь три 826", "national_id", "id.spelled")]),
    ("код три нуль один два три чотири п'ять шість сім нуль",
     [("три нуль один два три чотири п'ять шість сім нуль", "national_id", "id.spelled")]),
    ("код три нуль один два три чотири п'ять шість сім один", []),
    # a case's or a document's code said aloud, letters then digits, in parts joined by a said
    # slash, after a word for a number, a case or a document (fictional)
    ("[00:01:04] the number of the case is u a two three zero eight eight one five",
     [("u a two three zero eight eight one five", "national_id", "id.spelled")]),
    ("Your application is registered, number K-Sh twenty-three slash zero-nine-one-one-two. Please",
     [("K-Sh twenty-three slash zero-nine-one-one-two", "national_id", "id.spelled")]),
    ("зарегистрировано под номером КаШа двадцать три дробь ноль девять один один два.",
     [("КаШа двадцать три дробь ноль девять один один два", "national_id", "id.spelled")]),
    ("the number of people in a two three room flat; номер дома а два три", []),
    # a court's case number said aloud (1-217/2023), after its cue
    ("registered a case against him, the number is one dash two-one-seven slash two thousand twenty-three, and",
     [("one dash two-one-seven slash two thousand twenty-three", "national_id", "id.case")]),
    ("суд зареєстрував справу, номер один тире двісті сімнадцять дріб дві тисячі двадцять три.",
     [("один тире двісті сімнадцять дріб дві тисячі двадцять три", "national_id", "id.case")]),
    ("we walked two dash three kilometres, one slash two of the way", []),
    # a card read out in groups passes Luhn wherever its word is (fictional, Luhn-valid)
    ("**M:** four one two three, four five six seven, eight nine zero one, two three four nine. Yes.",
     [("four one two three, four five six seven, eight nine zero one, two three four nine", "financial", "card.spelled")]),
    ("**M:** four one two three, four five six seven, eight nine zero one, two three four eight.", []),
    # a birth certificate transliterated
    ("Mine: I-KS 402817. I wrote it here.", [("I-KS 402817", "national_id", "id.birth_certificate")]),
    # birth certificates: a Roman numeral (Latin or Cyrillic letters), two capitals, six digits
    ("свідоцтво про народження І-КС № 512334 (копія)", [("І-КС № 512334", "national_id", "id.birth_certificate")]),
    ("свидетельство II-МЮ 123456", [("II-МЮ 123456", "national_id", "id.birth_certificate")]),
    # a year between the word and the number does not take the word away
    ("Series ЕР, number 418822. ВР, 123456.", [("ЕР, number 418822", "national_id", "id.ua.passport")]),
    ("паспорт: серия 36 18, номер 425197", [("36 18, номер 425197", "national_id", "id.ru.passport")]),
    ("the Russian passport they forced on him in 2015: 39 14 602817.",
     [("39 14 602817", "national_id", "id.ru.passport")]),
    ("паспорт серии 4512 номер 345678", [("4512 номер 345678", "national_id", "id.ru.passport")]),
    # the text says what the number is: a wrong check digit is a typo, the number still points
    # at a person
    (f"РНОКПП {RNOKPP_BAD}", [(RNOKPP_BAD, "national_id", "id.ua.rnokpp")]),
    (f"ИНН {INN12[:-1] + str((int(INN12[-1]) + 1) % 10)}",
     [(INN12[:-1] + str((int(INN12[-1]) + 1) % 10), "national_id", "id.ru.inn")]),
    (f"СНИЛС {SNILS_BAD}", [(SNILS_BAD, "national_id", "id.ru.snils")]),
    # a Ukrainian's RNOKPP called by the Russian word; a booklet read out three and three; an
    # ID card's number (issued from 00…) alone; a foreign passport's 2 + 7; a lawyer's certificate
    (f"Украинский паспорт, книжечка, ИНН {RNOKPP}.", [(RNOKPP, "national_id", "id.ua.rnokpp")]),
    ("Паспорт ВН 284 519, виданий", [("ВН 284 519", "national_id", "id.ua.passport")]),
    ("Number of the card is 004417329, and", [("004417329", "national_id", "id.ua.idcard")]),
    ("Паспорт естонський KE0294117 він казав", [("KE0294117", "national_id", "id.ua.passport")]),
    ("attorney-at-law (certificate No. KV 007714)", [("KV 007714", "national_id", "id.ua.passport")]),
    # a tax number in groups after its word; an ID card read three by three; a residence
    # permit; «серии» in any case; a health insurance policy (not a card)
    (f"Мій ідент. код — {RNOKPP[:4]} {RNOKPP[4:8]} {RNOKPP[8:]}.",
     [(f"{RNOKPP[:4]} {RNOKPP[4:8]} {RNOKPP[8:]}", "national_id", "id.ua.rnokpp")]),
    ("паспорт у формі ID-картки № 003 518 470 (видано повторно)", [("003 518 470", "national_id", "id.ua.idcard")]),
    ("вид на жительство, номер 82 № 0417735, работал", [("82 № 0417735", "national_id", "id.ru.document")]),
    ("копии паспорта гражданина Украины Гончаренко серии FX 457210, ответов", [("FX 457210", "national_id", "id.ua.passport")]),
    (f"Полис ОМС:      {CARD_VISA_SPACED}", [(CARD_VISA_SPACED, "national_id", "id.ru.oms")]),
    # three capitals after a document word, or the combatant's series УБД; a tax number
    # mistyped by a digit or two, next to the right one
    ("| Combatant certificate | УБД 104538 |", [("УБД 104538", "national_id", "id.ua.certificate")]),
    ("| Driving licence | cat. B, C — ВХЕ 482917 |", [("ВХЕ 482917", "national_id", "id.ua.certificate")]),
    (f"РНОКПП {RNOKPP}; earlier on the phone she gave {RNOKPP_BAD} (!)",
     [(RNOKPP, "national_id", "id.ua.rnokpp"), (RNOKPP_BAD, "national_id", "id.ua.rnokpp")]),
    # a tax-number column of a CSV: its header is the cue, whatever the check digit
    (f"№;ПІБ;РНОКПП;Статус\n1;Бойко Ганна;{RNOKPP_BAD};невідомо\n2;Гуменюк Т.;;",
     [(RNOKPP_BAD, "national_id", "id.ua.rnokpp")]),
    # a travel passport's 2 + 7 digits; two capitals and seven digits after a document's word;
    # a BRP card; a military personal number with a Cyrillic letter; an ICRC letter's «реєстр.»
    ("заграничный паспорт № 75 4471208, ИНН", [("75 4471208", "national_id", "id.ru.document")]),
    ("| 2 | Seaman's discharge book | АВ 0455871 |", [("АВ 0455871", "national_id", "id.document")]),
    ("| 6 | My BRP card (copy) | ZX4109827 |", [("ZX4109827", "national_id", "id.ua.passport")]),
    # negatives
    ("ЗСУ 123456, НБУ 654321 and ООН 2022", []),
    ("телефон 067 123 45 67; 100 200 300 людей", []),
    ("ЄС 100 000 біженців; паспорт СН 123456 1998 року", [("СН 123456", "national_id", "id.ua.passport")]),
    (f"записав {RNOKPP_BAD} на аркуші", []),        # no cue: the checksum decides
    (f"записав {RNOKPP_FUTURE} на аркуші", []),     # no cue: a 2044 birth date is no RNOKPP
    (f"ЄДРПОУ {EDRPOU}: the organisation's code", []),
    (f"ISBN {RNOKPP}", []),
    (f"bare ten digits {INN10} with a company checksum", []),
    (f"номер {SNILS_BAD} в справке", []),
    (f"bare 112233445{SNILS[-2:]}", []),
    ("bare 123456789 without a document word", []),
    ("КВ 1234567 without a document word", []),
    ("bare 4512 345678", []),      # the series unspaced: not as a passport prints it
    ("20991231-12345 and 19871340-12345", []),
    ("At least 16,000 civilians; 20 000 children; 2026.11; the 42nd Congress; 2022", []),
    ("ЗСУ 123456 and ООН 2022", []),
    # a British National Insurance number; a Russian residence permit after its abbreviation
    ("- National Insurance number QH 47 21 86 C — to check", [("QH 47 21 86 C", "national_id", "id.uk.nino")]),
    ("ВНЖ РФ 82 № 1047735.", [("82 № 1047735", "national_id", "id.ru.document")]),
    # a form laid out as a table: the row's label is the document word
    ("| Паспорт РФ (получили в 2023, иначе не давали пенсию) | 9023 604178 | в процессе |",
     [("9023 604178", "national_id", "id.ru.passport")]),
]

FINANCIAL_CASES = [
    # a document's number right after its word that passes Luhn by chance is the document's; a
    # card named a sentence later stays a card (fictional, Luhn-valid)
    ("4. Electronic sick leave certificate No. 3458-2291-5507-1120 closed on", [("3458-2291-5507-1120", "national_id", "id.reference")]),
    ("| 12 | (withheld) | 2 | довідка ВПО 6517-5001311820 |", [("6517-5001311820", "national_id", "id.reference")]),
    ("це номер зі старої довідки. У вироку фігурує 4123 4567 8901 2349", [("4123 4567 8901 2349", "financial", "card.luhn")]),
    # a bank's SMS shows a card's first and last four digits (fictional)
    ("Transfer 18000.00 UAH to card 5168**8172. Balance", [("5168**8172", "financial", "card.masked")]),
    # a link that pays one person (fictional jar and accounts)
    ("Банка на адвоката: https://send.monobank.ua/jar/7vQ2kLmR9x, дякуємо!",
     [("https://send.monobank.ua/jar/7vQ2kLmR9x", "financial", "payment.link")]),
    ("[Открыть банку](send.monobank.ua/jar/4xQm7B2kPq)", [("send.monobank.ua/jar/4xQm7B2kPq", "financial", "payment.link")]),
    ("or via paypal.me/olenakov.", [("paypal.me/olenakov", "financial", "payment.link")]),
    ("через www.privat24.ua/send/k3j9x", [("www.privat24.ua/send/k3j9x", "financial", "payment.link")]),
    ("monobank.ua/about and paypal.me/ on their own name nobody", []),
    # a masked card's visible digits are no reference (REFERENCE_CASES' context: "card No.")
    ("(sort code and account: 40-11-62 71243958).", [("40-11-62 71243958", "financial", "account.uk")]),
    (f"card {CARD_VISA_SPACED}", [(CARD_VISA_SPACED, "financial", "card.luhn")]),
    (f"card {CARD_VISA}", [(CARD_VISA, "financial", "card.luhn")]),
    (f"карта {CARD_MIR_DASHED}", [(CARD_MIR_DASHED, "financial", "card.luhn")]),
    (f"Amex {CARD_AMEX_SPACED}", [(CARD_AMEX_SPACED, "financial", "card.luhn")]),
    (f"IBAN {IBAN_UA}", [(IBAN_UA, "financial", "iban")]),
    (f"рахунок {IBAN_UA.replace(' ', '')}.", [(IBAN_UA.replace(" ", ""), "financial", "iban")]),
    (f"IBAN {IBAN_DE} BIC COBADEFF", [(IBAN_DE, "financial", "iban")]),
    # a card printed in its four groups of four, whatever its check digit; sixteen bare digits
    # the text calls a card; an IBAN of its country's length and structure whatever its check
    # digits; a Russian personal account
    (f"на картку {CARD_VISA_BAD_SPACED}, це шахраї", [(CARD_VISA_BAD_SPACED, "financial", "card.shape")]),
    (f"reference {CARD_VISA_BAD_SPACED} in the log", [(CARD_VISA_BAD_SPACED, "financial", "card.shape")]),
    (f"с карты подруги {_wrong_last(CARD_VISA)}", [(_wrong_last(CARD_VISA), "financial", "card.cue")]),
    (f"картка для «викупу» {_wrong_last(CARD_VISA)}", [(_wrong_last(CARD_VISA), "financial", "card.cue")]),
    (f"IBAN {IBAN_UA_BAD}", [(IBAN_UA_BAD, "financial", "iban.shape")]),
    ("Счёт 40817810856001234987 в Сбере", [("40817810856001234987", "financial", "account.ru")]),
    # a card masked in the middle (its bank and its end show); an IBAN copied in other groups
    ("| Incoming transfer, card 5355 28** **** 8460 | +1 500.00 |", [("5355 28** **** 8460", "financial", "card.masked")]),
    ("Перевод, карта 440588******7463", [("440588******7463", "financial", "card.masked")]),
    (f"| Рахунок | {IBAN_UA[:4]} {IBAN_UA[5:9] + IBAN_UA[10:12]} {IBAN_UA[12:].replace(' ', '')} |",
     [(f"{IBAN_UA[:4]} {IBAN_UA[5:9] + IBAN_UA[10:12]} {IBAN_UA[12:].replace(' ', '')}", "financial", "iban")]),
    # negatives
    (f"reference {_wrong_last(CARD_VISA)}", []),
    ("card 4111 1111 1111 1111", []),        # the famous test number: two distinct digits
    ("ЄДРПОУ 12345678, рахунок 26001234567890123456", []),
    ("ISO 3166 UA21 and SWIFT codes", []),
    ("At least 16,000 civilians and 20,000 children", []),
]

PLATE_CASES = [
    # a Russian plate whose first letter is an O (no OCR zero); Moldova's plates after a car word
    ("на старой «Ладе» с номером О417КР 15, и он довёз", [("О417КР 15", "vehicle_plate", "plate.ru")]),
    ("met by Ion, car C AG 517, at six.", [("C AG 517", "vehicle_plate", "plate.other")]),
    ("her dad drove, reg 221-D-18442, i remember", [("221-D-18442", "vehicle_plate", "plate.other")]),
    ("a truck with Russian plates, M529OR 161, moved them", [("M529OR 161", "vehicle_plate", "plate.ru")]),
    ("на снимке номер одного из них — A 527 MP 761.", [("A 527 MP 761", "vehicle_plate", "plate.ru")]),
    # … or under a table column about plates (fictional); not without one
    ("| Date | Plate |\n|---|---|\n| 04.11.2022 | T 318 MK 85 |", [("T 318 MK 85", "vehicle_plate", "plate.ru")]),
    ("| Date | Note |\n|---|---|\n| 04.11.2022 | A 100 BC 12 |", []),
    ("AA 1234 BB", [("AA 1234 BB", "vehicle_plate", "plate.ua")]),
    # said aloud in a caption or a voice message, after a word about plates or cars (fictional)
    ("they also took his car a white skoda number b h one two three four a i",
     [("b h one two three four a i", "vehicle_plate", "plate.spoken")]),
    ("Kherson plates, B-T, oh-seven-one-five, A-O. I saw it", [("B-T, oh-seven-one-five, A-O", "vehicle_plate", "plate.spoken")]),
    ("Херсонские номера, ВэТэ ноль семьсот пятнадцать А-О. Я видел",
     [("ВэТэ ноль семьсот пятнадцать А-О", "vehicle_plate", "plate.spoken")]),
    ("the plate was e two zero four k h one six one rostov region",
     [("e two zero four k h one six one", "vehicle_plate", "plate.spoken")]),
    ("у меня номер дома два а в квартире три, and the car number was in a room for two or three days", []),
    # a Ukrainian plate transliterated letter by letter (Н -> N), only after a word about cars
    ("a grey Lada with the Ukrainian plates BT 0274 AN, which I know", [("BT 0274 AN", "vehicle_plate", "plate.ua")]),
    ("page SN 2024 NS of the register", []),
    ("the grey Lanos, plates AR 4471 CM.", [("AR 4471 CM", "vehicle_plate", "plate.ua")]),   # R: Р in English
    # plates of other countries, after a word about plates or vehicles in the same sentence
    ("His car: white Sprinter, Polish plates WGM 4820K.", [("WGM 4820K", "vehicle_plate", "plate.other")]),
    ("a photo, plates still on, YK19 HDF, parked in a yard", [("YK19 HDF", "vehicle_plate", "plate.other")]),
    ("бус білий мерседес GE-614-RT, тільки від мене", [("GE-614-RT", "vehicle_plate", "plate.other")]),
    ("His car — blue VAZ 2107. ISO 9001 and номер справи AB 12345.", []),
    ("авто КА1234ВС", [("КА1234ВС", "vehicle_plate", "plate.ua")]),
    ("авто ВС 0001 НА", [("ВС 0001 НА", "vehicle_plate", "plate.ua")]),
    ("машина А123ВС 77", [("А123ВС 77", "vehicle_plate", "plate.ru")]),
    ("машина А 123 ВС 777", [("А 123 ВС 777", "vehicle_plate", "plate.ru")]),
    ("car A123BC77", [("A123BC77", "vehicle_plate", "plate.ru")]),
    ("фургон с номером о456кх 199.", [("о456кх 199", "vehicle_plate", "plate.ru")]),
    ("Рефат везёт на своём логане о 527 ае 82, договорились", [("о 527 ае 82", "vehicle_plate", "plate.ru")]),
    ("в 123 ст 45 КК", []),
    ("номер Е001КХ 199 RUS", [("Е001КХ 199 RUS", "vehicle_plate", "plate.ru")]),
    # negatives
    ("A 100 BC 12", []),
    ("ISO 9001 CE marking", []),
    ("AA 0000 BB", []),
    ("Model DA 1234 QZ", []),
    ("the 42nd Congress in 2022", []),
]

ALL_CASES = NATIONAL_ID_CASES + FINANCIAL_CASES + PLATE_CASES

# In a testimony: a person's own record, card, certificate or registration number after its word;
# not an institution's case or letter number, a law, a colony
REFERENCE_CASES = [
    ("**MRN:** 00-448172 · clinic", [("00-448172", "national_id", "id.reference")]),
    ("pt has only ICRC attestation No. 25/UA/09172).", [("25/UA/09172", "national_id", "id.reference")]),
    ("В Красный Крест писали, номер обращения у них UA-M-22-90364.", [("UA-M-22-90364", "national_id", "id.reference")]),
    ("справку из колонии, где его личный номер указан как 0744-18;", [("0744-18", "national_id", "id.reference")]),
    # long words between the record's word and its number; a long second group
    ("из медицинской карты стационарного больного № 18-2291", [("18-2291", "national_id", "id.reference")]),
    ("| IDP certificate No. | 2311-5002874164 |", [("2311-5002874164", "national_id", "id.reference")]),
    # a criminal proceeding's 17 digits that happen to pass Luhn are no card
    ("the case is 42024000000000517. If he reads", [("42024000000000517", "national_id", "id.case")]),
    ("registered under No. 22022230000000514 with the", [("22022230000000514", "national_id", "id.case")]),
    # a card masked but for its last digits is hidden on purpose; one that still shows its
    # first six and last four names the card
    ("Номер карты получателя: ••••6010, to card ****8781", []),
    ("To card: 5375 41•• •••• 8781;", [("5375 41•• •••• 8781", "financial", "card.masked")]),
    # a Ukrainian court's case number after a word for a case; an application to the ECtHR; a
    # police register's number (КУСП); a pension certificate; a Russian court's prefixed number
    ("Kherson district court, case no. 766/4512/22.", [("766/4512/22", "national_id", "id.case")]),
    ("The rates were 100/200/25 at the market.", []),
    ("application no. 41873/22.", [("41873/22", "national_id", "id.reference")]),
    ("згадати справу № 36958/22 (комунікована).", [("36958/22", "national_id", "id.reference")]),
    ("зарегистрировано в КУСП № 1473 от", [("1473", "national_id", "id.reference")]),
    ("  пенсійне № 0917722", [("0917722", "national_id", "id.reference")]),
    ("| Russian court ref. | 3/1-0187/2023 |", [("3/1-0187/2023", "national_id", "id.case")]),
    ("- ICRC CTA ref. given to R: UKR-22-004917-01", [("UKR-22-004917-01", "national_id", "id.reference")]),
    ("військовий квиток АК № 298114, особистий номер Ф-371529, потрапив", [("АК № 298114", "national_id", "id.ua.military"),
                                                                          ("Ф-371529", "national_id", "id.reference")]),
    ("| 4 | Лист МКЧХ (реєстр. UA-POW-22-0093321) | 1 |", [("UA-POW-22-0093321", "national_id", "id.reference")]),
    # a criminal proceeding's register number (ЄРДР; a Russian case's 17 digits)
    ("кримінальне провадження № 12022230000000871 від", [("12022230000000871", "national_id", "id.case")]),
    ("уголовное дело 12302600017000211,", [("12302600017000211", "national_id", "id.case")]),
    # a court's case number and a Russian court's unique case identifier
    ("Дело № 1-204/2024, УИД 61OS0000-01-2024-000388-17.",
     [("1-204/2024", "national_id", "id.case"), ("61OS0000-01-2024-000388-17", "national_id", "id.case")]),
    # a prisoner's file and account; a detention centre's medical card (not the centre's number);
    # a record book's code with a one-letter part; a hospital card's number with a letter after it
    ("| Inmate / personal file no. | 31-4406 |", [("31-4406", "national_id", "id.reference")]),
    # a prisoner's own number, four digits, a letter after them; a personal file; a card's number
    # after quotes and bold; six words between a certificate and its number (all fictional)
    ("with his prisoner number, No. 3318, written in pen", [("3318", "national_id", "id.reference")]),
    ("| Place of detention | SIZO-2, detainee number 2281-T |", [("2281-T", "national_id", "id.reference")]),
    ("з його номером ув'язненого, 3318, дописаним", [("3318", "national_id", "id.reference")]),
    ("Там у мене був номер особової справи, 22-4471, на кожній перевірці", [("22-4471", "national_id", "id.reference")]),
    ("> Номер личной карточки осуждённого — 11-3478. Письма", [("11-3478", "national_id", "id.reference")]),
    ('**A "release certificate"**, number 004127, issued by the colony', [("004127", "national_id", "id.reference")]),
    ("свідоцтво про право на заняття адвокатською діяльністю № 2187", [("2187", "national_id", "id.reference")]),
    ("prisoners of war, 1,358 of them; a prisoner exchange in 2024", []),
    # a lawyer's number in the bar's register; a police journal's entry (fictional)
    ("The lawyer is in Moscow, registry number 77/14382, phone", [("77/14382", "national_id", "id.reference")]),
    ("Зареєстровано в журналі ЄО за № 3318 від", [("3318", "national_id", "id.reference")]),
    # a prisoner's account is money; a detention centre's own number is not (a comma tells them
    # apart); a tax number given for the transfer stays a tax number
    ("Гроші на ларьок ідуть на його особовий рахунок у СІЗО, № 4719.", [("4719", "financial", "account.personal")]),
    ("Money goes to his personal account at the detention centre, No. 4719.", [("4719", "financial", "account.personal")]),
    ("her INN for the money transfer to his personal account: 6131 7137 5583", [("6131", "national_id", "id.reference")]),
    # a person's own number however said: "his number", «номер вашего сына», "under the number"
    # (with no day 46, not a date), "I was No.", an appeal's number (fictional)
    ("He was moved twice. His number in the colony was А-1147, they had to shout it.", [("А-1147", "national_id", "id.reference")]),
    ("Илья слышал, как надзиратель называл номер вашего сына: У-0452.", [("У-0452", "national_id", "id.reference")]),
    ("справку из колонии с моим номером Б-2291, и выписку", [("Б-2291", "national_id", "id.reference")]),
    ("Your son is listed in Kursk SIZO-1 under the number 46/1-3318.", [("46/1-3318", "national_id", "id.reference")]),
    ("They wrote numbers on our backs. I was No. 1207, he said.", [("1207", "national_id", "id.reference")]),
    ("he told me the appeal number would be 55-1130/2024.", [("55-1130/2024", "national_id", "id.reference")]),
    ("the number of prisoners was 1358 and his record number 12/03-2024", []),
    ("Registered in the register under No. 1452.", [("1452", "national_id", "id.reference")]),
    # a civil registry's act record and a notary's register entry, however short; a participant's
    # record (fictional); not a law's or a cell's number
    ("актовий запис № 412, Мелітопольський відділ. Зареєстровано в реєстрі за № 118».",
     [("412", "national_id", "id.act_record"), ("118", "national_id", "id.act_record")]),
    ("Act record of change of name No. 57; Law No. 5 and cell No. 6.", [("57", "national_id", "id.act_record")]),
    ("<!-- internal: participants' records MED-7741 -->", [("MED-7741", "national_id", "id.reference")]),
    # a prisoner's account in shorthand; a car's VIN after its word (fictional)
    ("Деньги переводи на л/с 11-2378». Не больше, чем можешь.", [("11-2378", "financial", "account.personal")]),
    ("| VIN | JTMW43FV6JD187452 |", [("JTMW43FV6JD187452", "vehicle_plate", "plate.vin")]),
    # the word a little before it: a padded form, a sentence (fictional)
    ("VIN:                VF1RFBFJ8CL834598\nfor the VIN again: VF1RFBFJ8CL834598, in capitals",
     [("VF1RFBFJ8CL834598", "vehicle_plate", "plate.vin"), ("VF1RFBFJ8CL834598", "vehicle_plate", "plate.vin")]),
    # a foreign passport's letters and digits after the word; not a model's code without it
    ("| Martin Keller | passport (DE) C4F7X9RK1 | cousin |", [("C4F7X9RK1", "national_id", "id.document")]),
    ("the router model C4F7X9RK1 and the passport office", []),
    # a passport read out in threes; a birth certificate's series transliterated («І-ЖС») (fictional)
    ("She asked his passport. I read it from the copy: MM 081 744. | Son | birth cert. I-ZhS 502861 |",
     [("MM 081 744", "national_id", "id.ua.passport"), ("I-ZhS 502861", "national_id", "id.birth_certificate")]),
    # a number given to a prisoner, or said his own in Ukrainian (fictional)
    ("There I got a number, A-4417. For a year and a half I was not Mykhailo.", [("A-4417", "national_id", "id.reference")]),
    ("Там мені дали номер А-4417. Мій номер — 1187, на перевірці його вигукують.",
     [("А-4417", "national_id", "id.reference"), ("1187", "national_id", "id.reference")]),
    # a German tax ID after its word (check digit valid), a residence permit's number after the
    # document's word (fictional); not an 11-digit count, nor a model's name
    ("German tax IDs: Kateryna 89363270458, the children's have not arrived",
     [("89363270458", "national_id", "id.de.idnr")]),
    ("- Residence permits: card numbers Y7K4M2R91 (Kateryna); children", [("Y7K4M2R91", "national_id", "id.de.card")]),
    ("The IPHONE15X model; a card for 12345678901 items", []),
    # a land plot's cadastral number (Ukraine's, Russia's); not a time or a ratio
    ("- Land plot: 0.15 ha, cadastral number `3222484001:01:021:0057`.",
     [("3222484001:01:021:0057", "national_id", "id.cadastral")]),
    ("plot 77:01:0001001:1234; at 12:30:45, a ratio of 1:2:3:4", [("77:01:0001001:1234", "national_id", "id.cadastral")]),
    ("переводы на лицевой счёт в СИЗО ЛС 0518-33470, каждый месяц",
     [("0518-33470", "financial", "account.personal")]),
    # a utility's account number after its word, whatever shape it has (a phone's included)
    ("> Personal account: 0415227301 · Vodokanal, account 77-00318-4",
     [("0415227301", "financial", "account.personal"), ("77-00318-4", "financial", "account.personal")]),
    ("КП «Водоканал», абонент Костенко В. М., о/р 14-20877; особовий рахунок 2207193405",
     [("14-20877", "financial", "account.personal"), ("2207193405", "financial", "account.personal")]),
    ("She opened an account in 2022; account 123", []),
    ("медкарта СИЗО № 2023/5817; лечения не было", [("2023/5817", "national_id", "id.reference")]),
    ("справка из СИЗО № 2, карта № 4", []),
    ("student record book No. 20-F-113.", [("20-F-113", "national_id", "id.reference")]),
    ("- Мед. карта стац. хворого № 4471/т", [("4471/т", "national_id", "id.reference")]),
    ("pages 12/2024 and 2023-2024, article 1-2", []),
    # a Polish PESEL after its word, check digit valid; numbers in a file's name
    ("| Requester PESEL (Poland) | 90071501232 |", [("90071501232", "national_id", "id.pl.pesel")]),
    ("PESEL 90071501231, a check digit typed wrong", []),
    (f"| `rnokpp_{RNOKPP}.jpg` | 0.8 MB |", [(RNOKPP, "national_id", "id.ua.rnokpp")]),
    ("| `ERDR_extract_12022081170000417.pdf` | 210 KB |", [("12022081170000417", "national_id", "id.case")]),
    # a CSV row glues its fields with commas: a tax number before ",4" is no decimal
    (f"n,surname,name,tax,kits,group\n5,Yaremchuk,Taras,RNOKPP {RNOKPP},4,B",
     [(RNOKPP, "national_id", "id.ua.rnokpp")]),
    # a Moscow court's and an appeal court's numbering; a card's or a certificate's number
    ("Дело в Мещанском суде № 01-0187/2024, апелляция 22-1042/2023.",
     [("01-0187/2024", "national_id", "id.case"), ("22-1042/2023", "national_id", "id.case")]),
    ("in the regional hospital, card No. 2815/22. Two ribs", [("2815/22", "national_id", "id.reference")]),
    ("Медична карта стаціонарного хворого № 04117/24.", [("04117/24", "national_id", "id.reference")]),
    ("only a Russian release certificate, No. 045217. His", [("045217", "national_id", "id.reference")]),
    # a certificate's long hyphenated name; a case history
    ("**ДОВІДКА ВІЙСЬКОВО-ЛІКАРСЬКОЇ КОМІСІЇ № 2318**", [("2318", "national_id", "id.reference")]),
    ("| История болезни | № 8842/24, военный госпиталь |", [("8842/24", "national_id", "id.reference")]),
    ("- пенсионное удостоверение № 0347719 [записано со слов]", [("0347719", "national_id", "id.reference")]),
    ("Вих. № 42/11 від 06.02.2024. Case ref. PF-2023/0417.", []),
    ("засуджений за ст. 111-1 КК, ч. 2. Довідка з колонії № 1234. Закон № 2341-IX.", []),
    ("Резолюция № 2495 Совета, справка за 2024 год.", []),
    # «свидетельство» is a testimony too (a certificate only «о рождении», «о браке»…)
    ("Синтетическое свидетельство 1000: исчезновение", []),
    ("свидетельство о рождении 123456 и свидетельство о браке № 5512",
     [("123456", "national_id", "id.reference"), ("5512", "national_id", "id.reference")]),
]


@pytest.mark.parametrize("text, expected", REFERENCE_CASES)
def test_a_testimony_s_reference_numbers(text, expected):
    ctx = ScanContext(language="en", testimony=True)
    assert [(text[s.start:s.end], s.kind, s.rule) for s in identifiers.detect(text, ctx)] == expected
    assert [s for s in identifiers.detect(text, CTX) if s.rule == "id.reference"] == []     # only there


def found(text: str) -> list[tuple[str, str, str]]:
    return [(text[s.start:s.end], s.kind, s.rule) for s in identifiers.detect(text, CTX)]


@pytest.mark.parametrize("text, expected", NATIONAL_ID_CASES)
def test_national_id(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", FINANCIAL_CASES)
def test_financial(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", PLATE_CASES)
def test_vehicle_plate(text, expected):
    assert found(text) == expected


def test_generated_values_are_what_the_tables_claim():
    # Guards the tables themselves: a valid value that stopped being valid would hide a bug.
    assert rntrc.is_valid(RNOKPP) and not rntrc.is_valid(RNOKPP_BAD)
    assert inn.is_valid(INN12) and inn.is_valid(INN10)
    assert edrpou.is_valid(EDRPOU)
    assert identifiers.snils_is_valid(SNILS) and not identifiers.snils_is_valid(SNILS_BAD)
    assert luhn.is_valid(CARD_VISA) and luhn.is_valid(CARD_MIR) and luhn.is_valid(CARD_AMEX)
    assert iban.is_valid(IBAN_UA) and not iban.is_valid(IBAN_UA_BAD)


@pytest.mark.parametrize("nine, check", [("112233445", "95"), ("001001999", "..")])
def test_snils_algorithm_edges(nine, check):
    # 001-001-999 is the first number that carries a control number at all.
    value = _snils(nine)
    assert identifiers.snils_is_valid(value)
    assert check == ".." or value.endswith(check)
    assert not identifiers.snils_is_valid("001-001-998 00")


def test_cue_belongs_to_the_nearest_number_only():
    text = f"ИНН {INN12}, телефон 8 912 345 67 89, и {INN10}"
    assert found(text) == [(INN12, "national_id", "id.ru.inn")]


def test_spans_are_valid_kinds_inside_the_text():
    for text, _ in ALL_CASES:
        for span in identifiers.detect(text, CTX):
            assert span.kind in KINDS and 0 <= span.start < span.end <= len(text)


# The campaign's own texts are full of figures, years and organisation names: none is personal
# (CAMPAIGN_TEXTS, FILLER: tests/guard/campaign_texts.py).


@pytest.mark.parametrize("path", CAMPAIGN_TEXTS, ids=lambda p: p.name)
def test_campaign_texts_stay_silent(path):
    text = path.read_text(encoding="utf-8")
    assert [(text[s.start:s.end], s.rule) for s in identifiers.detect(text, CTX)] == []




def test_cheap_triggers_miss_nothing(monkeypatch):
    # The detailed patterns run only near a cheap trigger (pii_guard/detectors/_windows.py).
    # With the triggers switched off (whole text searched) every case, set inside longer prose,
    # must give the same answer, and the table's answer.
    cases = [(FILLER + "\n" + text + "\n" + FILLER, ctx) for text, _ in ALL_CASES for ctx in [CTX]]
    fast = [identifiers.detect(text, ctx) for text, ctx in cases]
    monkeypatch.setattr(identifiers, "windows", lambda text, triggers, margin=0: [(0, len(text))])
    assert [identifiers.detect(text, ctx) for text, ctx in cases] == fast
    assert sum(map(len, fast)) == sum(len(row[1]) for row in ALL_CASES)


@pytest.mark.parametrize("text, expected", [
    # (fictional) a Ukrainian court's proceeding number; a record's number with the investigator's
    # initials after it
    ("Справа № 490/3318/23        Провадження № 1-кп/490/211/24", ["490/3318/23", "1-кп/490/211/24"]),
    ("Case No. 331/2217/23          Proceedings No. 1-kp/331/104/24", ["331/2217/23", "1-kp/331/104/24"]),
    ("Свої показання Ви вже давали слідчому (протокол № 22/11-ОВ-14).", ["22/11-ОВ-14"]),
    ("Your testimony was given to the investigator (record No. 22/14-09-Hn).", ["22/14-09-Hn"]),
    ("Протокол № 3 засідання правління, 2 сторінки.", []),
])
def test_court_proceedings_and_records_with_initials(text, expected):
    spans = identifiers.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "national_id"] == expected


@pytest.mark.parametrize("text, expected", [
    # (fictional) a Russian plate in Latin letters with spaces, the word about plates after it;
    # a Belarusian plate after "plates"; no plate without such a word
    ("one of them T 082 MT 95, the other without plates", ["T 082 MT 95"]),
    ("later it was photographed in Belarus with plates 3456 AB-7.", ["3456 AB-7"]),
    ("A 100 BC 12 is the exhibit. Then the hall.", []),
])
def test_plates_with_the_word_after_them_and_belarusian_plates(text, expected):
    spans = identifiers.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "vehicle_plate"] == expected


def test_a_personal_file_s_number_after_the_colony_s_name():
    """(fictional) «номер по личному делу в ИК — Б-1158»; the colony's own number is no one's."""
    text = "Его номер по личному делу в ИК — Б-1158. Он в ИК № 2 в Мордовии."
    spans = identifiers.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "national_id"] == ["Б-1158"]


def test_a_ukrainian_mobile_number_in_a_row_that_names_a_vehicle_passport():
    """(fictional) «дубликат техпаспорта … 0957720419»: the word is a vehicle's document, the
    number a phone's; «Паспорт: 0957720419» stays a passport's number."""
    text = "С-206 дубликат техпаспорта галина литвин 0957720419 АХ 1184 ЕР\nПаспорт: 0957720419"
    spans = identifiers.detect(text, ScanContext(testimony=True))
    assert [(text[s.start:s.end], s.start > text.index("\n")) for s in spans if s.kind == "national_id"] == [
        ("0957720419", True)]


def test_a_snils_named_in_ukrainian_letters():
    """(fictional) «СНІЛС 148-227-905 62» with a wrong control number: the word names it."""
    text = "На Данила оформили російський паспорт і СНІЛС 148-227-905 62."
    spans = identifiers.detect(text, ScanContext(testimony=True, language="uk"))
    assert [(s.rule, text[s.start:s.end]) for s in spans] == [("id.ru.snils", "148-227-905 62")]


def test_a_russian_machine_s_plate_after_its_word():
    """(fictional) «МТЗ-1221 + ОП, 7326 КР 46», «опрыскиватель 4418 КО 46»; not «Итого 2022 ОК 15 раз»."""
    text = "МТЗ-1221 + ОП, 7326 КР 46 | самоходный опрыскиватель 4418 КО 46 | Итого 2022 ОК 15 раз."
    spans = identifiers.detect(text, ScanContext(testimony=True, language="ru"))
    assert [text[s.start:s.end] for s in spans if s.kind == "vehicle_plate"] == ["7326 КР 46", "4418 КО 46"]


# (fictional) a CSV export's plate column (its commas are read as spaces for the numbers, not for
# the columns); a town's dialling code in brackets is the phone's, not a reference number
def test_latin_plates_in_a_csv_column_and_an_area_code_after_a_word_for_a_number():
    text = ("slot_id,slot_date,driver,plate,pax\nQ-55102,10.03.2025,Lukianenko Petro,K 417 OM 84,4\n"
            "Q-55117,10.03.2025,Dzhemilieva Elvira,A 092 KX 82,2")
    assert [(v, r) for v, _, r in found(text) if r.startswith("plate")] == [("K 417 OM 84", "plate.ru"),
                                                                           ("A 092 KX 82", "plate.ru")]
    assert [r for _, _, r in found("the bus K 417 OM 84 left")] == ["plate.ru"]
    assert [v for v, _, r in found("Haddock intake late, lorry SV68 KHT stuck at the gate") if r == "plate.other"] == ["SV68 KHT"]
    assert [r for _, _, r in found("Мій номер (05741) 4-12-36, мобільний не бере")] == []
