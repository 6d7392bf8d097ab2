"""Location detector (pii_guard/detectors/location.py): coordinates and street addresses.

Addresses and coordinates are made up (the coordinates point at city centres, not at a home).
Run: .venv/bin/python -m pytest tests/guard/test_location.py -q
"""
from __future__ import annotations

from pathlib import Path

import pytest

from pii_guard.detectors import location
from pii_guard.model import KINDS, ScanContext
from campaign_texts import CAMPAIGN_TEXTS, FILLER

CTX = ScanContext()

GEO_CASES = [
    # a watch's track exported as CSV or a table with latitude and longitude columns; not other
    # numbers in such a table, nor a latitude out of range (fictional points)
    ("time,lat,lon,ele_m,hr\n10:58:14,50.54963,30.24418,118,92\n11:09:40,50.54711,30.23902,121,101",
     [("50.54963,30.24418", "geo_coordinates", "geo.columns"), ("50.54711,30.23902", "geo_coordinates", "geo.columns")]),
    ("| Point | Lat | Lon | Note |\n|---|---|---|---|\n| 1 | 50.549 | 30.244 | gate |\n| 2 | 95.123 | 30.123 | x |",
     [("50.549 | 30.244", "geo_coordinates", "geo.columns")]),
    # coordinates read out in a voice message, in three languages; not a rate and π (fictional)
    ("> Forty seven point four eight one two, thirty four point six five two seven. That is",
     [("Forty seven point four eight one two, thirty four point six five two seven", "geo_coordinates", "geo.spoken")]),
    ("скинув сорок сім кома чотири вісім один два тридцять чотири кома шість п'ять два сім",
     [("сорок сім кома чотири вісім один два тридцять чотири кома шість п'ять два сім", "geo_coordinates", "geo.spoken")]),
    ("сорок семь точка четыре восемь один два, тридцать четыре точка шесть пять два семь",
     [("сорок семь точка четыре восемь один два, тридцать четыре точка шесть пять два семь", "geo_coordinates", "geo.spoken")]),
    ("the rate was two point five one two and three point one four one five", []),
    # decimal commas with the hemispheres' words and no degree signs
    ("координаты 47,27413 с. ш. 35,22187 в. д.](img/x.jpg)",
     [("47,27413 с. ш. 35,22187 в. д.", "geo_coordinates", "geo.decimal")]),
    # a military grid reference; decimal commas with degrees and hemispheres in words
    ("Точка: 36T VS 61824 27135 у лесополосы", [("36T VS 61824 27135", "geo_coordinates", "geo.mgrs")]),
    ("блокпост на 46,7128° с. ш., 32,6611° в. д. — там", [("46,7128° с. ш., 32,6611° в. д.", "geo_coordinates", "geo.decimal")]),
    ("ISO 9001 and the 4G LTE band, 2022 AB 123 45", []),
    # as exiftool prints a photo's position
    ("`GPS Position : 49 deg 17' 22.10\" N, 37 deg 4' 31.80\" E`",
     [("49 deg 17' 22.10\" N, 37 deg 4' 31.80\" E", "geo_coordinates", "geo.dms")]),
    ("We met at 50.4501, 30.5234 near the river.", [("50.4501, 30.5234", "geo_coordinates", "geo.decimal")]),
    # a date after the pair is no third number of a list
    ("в районе 55.7162, 37.8125, 12.03.2024 в 08:52", [("55.7162, 37.8125", "geo_coordinates", "geo.decimal")]),
    ("Точки: 49,7123; 37,6158 на мапі.", [("49,7123; 37,6158", "geo_coordinates", "geo.decimal")]),
    # decimal commas, as Ukrainian and Russian write them; not two prices
    ("Точка: 51,7312 36,1905, біля лісу. Ціни: 1,50 2,30.", [("51,7312 36,1905", "geo_coordinates", "geo.decimal")]),
    ("50.4501° N, 30.5234° E", [("50.4501° N, 30.5234° E", "geo_coordinates", "geo.decimal")]),
    ("at 50.45N 30.52E", [("50.45N 30.52E", "geo_coordinates", "geo.decimal")]),
    ("N50.4501 E30.5234", [("N50.4501 E30.5234", "geo_coordinates", "geo.decimal")]),
    ("-33.8688, 151.2093", [("-33.8688, 151.2093", "geo_coordinates", "geo.decimal")]),
    ("Координати підвалу: 47.0971, 37.5434.", [("47.0971, 37.5434", "geo_coordinates", "geo.decimal")]),
    ("50.4501 30.5234", [("50.4501 30.5234", "geo_coordinates", "geo.decimal")]),
    ("50°27′00″N 30°31′24″E", [("50°27′00″N 30°31′24″E", "geo_coordinates", "geo.dms")]),
    ("50°27'00\"N, 30°31'24\"E", [("50°27'00\"N, 30°31'24\"E", "geo_coordinates", "geo.dms")]),
    ("50° 27' N", [("50° 27' N", "geo_coordinates", "geo.dms")]),
    ("N 47°26.6′ E 35°16.7′", [("N 47°26.6′ E 35°16.7′", "geo_coordinates", "geo.dms")]),
    ("https://www.google.com/maps?q=50.4501,30.5234",
     [("50.4501,30.5234", "geo_coordinates", "geo.url")]),
    ("https://www.google.com/maps/@50.4501,30.5234,15z",
     [("50.4501,30.5234", "geo_coordinates", "geo.url")]),
    ("https://www.openstreetmap.org/?mlat=50.45&mlon=30.52",
     [("50.45&mlon=30.52", "geo_coordinates", "geo.url")]),
    # each named by its label, as metadata writes them (fictional)
    ("<!-- OPERATOR=ostap CAM_LAT=46.75312 CAM_LON=32.87021 -->, Lat 47.8388, Lon 35.1396",
     [("46.75312 CAM_LON=32.87021", "geo_coordinates", "geo.decimal"),
      ("47.8388, Lon 35.1396", "geo_coordinates", "geo.decimal")]),
    # negatives
    ("It was 30° outside, a slope of 15°.", []),
    ("Version 3.12, 3.11; ratios 1.5, 2.5; 2026.11, 2025.01", []),
    ("values 1.2345, 2.3456, 3.4567, 4.5678", []),
    ("out of range 95.1234, 30.5234", []),
    ("At least 16,000 civilians and 20,000 children", []),
]

ADDRESS_CASES = [
    # a street named by its adjective alone, with its house, after a word for a house, its gate or
    # the street; not a count after it, nor a town after «в» (fictional)
    ("They have my old address, the house on Dniprovska 31 that was flooded",
     [("Dniprovska 31", "street_address", "address.house_on")]),
    ("Адрес старый: дом на Днепровской, 31. Машины остановились у ворот Садовой, 9.",
     [("Днепровской, 31", "street_address", "address.name"), ("Садовой, 9", "street_address", "address.house_on")]),
    ("В доме на Харьковской 12 квартир. Его забрали из дома в Бердянске, 26 месяцев назад.", []),
    # a road named so, by its adjective («Фонтанская дорога»); not a road's distance
    ("Проживает в Одессе, Фонтанская дорога, д. 58, кв. 14. По дороге 5 км шли пешком.",
     [("Фонтанская дорога, д. 58, кв. 14", "street_address", "address.ru")]),
    # "bld." for the building
    ("> Travels to: Zaporizhzhia region, Vasylivka, Sadova St., bld. 17.", [("Sadova St., bld. 17", "street_address", "address.en")]),
    # the word for a house capitalised (a chat group's name)
    ("> Група «Будинок Гетьманська, 87» · експорт з Viber", [("Гетьманська, 87", "street_address", "address.house_on")]),
    ("| 10 | (withheld) | бул. Шевченко, 22 |", [("бул. Шевченко, 22", "street_address", "address.uk")]),
    # a house and a flat said in words after the building's word, no commas (a voice message)
    ("> Our address is Kurchatova street building twenty three flat fifty one in energy dar.",
     [("Kurchatova street building twenty three flat fifty one", "street_address", "address.name")]),
    ("> Адреса наша вулиця Курчатова будинок двадцять три квартира п'ятдесят один. Вони",
     [("вулиця Курчатова будинок двадцять три квартира п'ятдесят один", "street_address", "address.ru")]),
    # a caption's lowercase avenue (fictional)
    ("SPEAKER 1: in Lutsk Lisova avenue 158 apartment 77 it's a dormitory",
     [("Lutsk Lisova avenue 158 apartment 77", "street_address", "address.name")]),
    # a house (and flat) said in words after a street named by its adjective, or before a flat
    ("We live on Zelena, forty-seven, right by the church.", [("Zelena, forty-seven", "street_address", "address.name")]),
    ("He was from Sadova, twelve, in our village.", [("Sadova, twelve", "street_address", "address.name")]),
    ("Heroiv Pratsi, twenty-two, flat ninety. The bees", [("Heroiv Pratsi, twenty-two, flat ninety", "street_address",
                                                          "address.name")]),
    ("Він з Садової, дванадцять, у нашому селі.", [("Садової, дванадцять", "street_address", "address.uk")]),
    ("жили на Героев Труда, двадцать два, квартира девяносто.", [("Героев Труда, двадцать два, квартира девяносто",
                                                                 "street_address", "address.ru")]),
    # a town, and so many of something
    ("They came from Poltava, twelve. On Monday, twelve people came.", []),
    # a street's adjective with a house and flat joined by a slash; a transliterated name before "st."
    ("please hide: Kyrylivska 41/118. Not done yet.", [("Kyrylivska 41/118", "street_address", "address.name")]),
    ("адреса — Кирилівська 41/118, третій поверх", [("Кирилівська 41/118", "street_address", "address.name")]),
    ("Last seen in Myrotske, Sadova st. 31, near the shop", [("Sadova st. 31", "street_address", "address.en")]),
    # (fictional) a docket's lowercase street word, a baggage file's capitals, a highway's «ш.», a
    # printout's next column after the house
    ("site:     Vokzalna st 61, Bucha (facade)", [("Vokzalna st 61", "street_address", "address.en")]),
    ("PERM ADDRESS     VUL HRUSHEVSKOHO 12 KV 41, RIVNE", [("VUL HRUSHEVSKOHO 12 KV 41", "street_address", "address.en")]),
    ("TEMP ADDRESS     27 ELMFIELD ROAD, LONDON", [("27 ELMFIELD ROAD", "street_address", "address.en")]),
    ("Машина стояла у дома Варшавское ш., д. 152, корп. 3. По данным",
     [("Варшавское ш., д. 152, корп. 3", "street_address", "address.ru")]),
    ("15.03.2023  фото       380   типография на Сумской, 51   акция семей",
     [("Сумской, 51", "street_address", "address.name")]),
    ("на Сумской, 51 год назад", []),
    ("Кажуть, на Центральній, 41 тепер живуть чужі люди.", [("Центральній, 41", "street_address", "address.name")]),
    # (fictional) a German street after its adjective, a Romanian «Str.», a Polish street with its flat
    ('0781,Dmytro Holub,"Alte Gasse 12",Kassel,DE', [("Alte Gasse 12", "street_address", "address.en")]),
    ("Near the trolleybus 8. Str. Decebal 44, second floor.", [("Str. Decebal 44", "street_address", "address.en")]),
    ("книжный магазин, Санкт-Петербург, Литейный пр., 57 | продавец", [("Литейный пр., 57", "street_address", "address.ru")]),
    # (fictional) a telegram's capitals without full stops; a ledger's lowercase "lane"
    ("ОТПРАВИТЕЛЬ: СОРОКИНА Л.П. КАЛИНИНГРАД УЛ ТЕЛЬМАНА 19 КВ 44", [("УЛ ТЕЛЬМАНА 19 КВ 44", "street_address", "address.ru")]),
    ("| 215 | son of owner | Lisnyi lane 3 | OSB 9 mm |", [("Lisnyi lane 3", "street_address", "address.en")]),
    ("walked the main street 5 times", []),
    ("#### 📷 3/23\nOur street, before the war", []),
    ('0517,Ostap Hrytsenko,"Kasztanowa 14/2",Poznań,PL', [("Kasztanowa 14/2", "street_address", "address.name")]),
    ("Article 41/118 and Resolution 12/3 of the Council", []),
    # a question that opens with the street; "number" before the house
    ("Вона зараз у Миколаєві, так? На Садовій, 14?", [("Садовій, 14", "street_address", "address.name")]),
    ("on Zhukovskoho Street, number 58 in Zaporizhzhia", [("Zhukovskoho Street, number 58", "street_address", "address.name")]),
    # British street words after the house only ("Hyde Park, 24 people" is no address)
    ("lives at 9 Ashgrove Mews, Leeds", [("9 Ashgrove Mews", "street_address", "address.en")]),
    ("We met in Hyde Park, 24 people came.", []),
    ("**From:** Apt 1205, 88 Bloor St W, Toronto", [("88 Bloor St", "street_address", "address.en")]),
    ("вул. Шевченка, 12, кв. 5", [("вул. Шевченка, 12, кв. 5", "street_address", "address.uk")]),
    ("жила на вулиці Січових Стрільців 23-А", [("вулиці Січових Стрільців 23-А", "street_address", "address.uk")]),
    ("просп. Перемоги, буд. 45", [("просп. Перемоги, буд. 45", "street_address", "address.uk")]),
    ("вул. Хрещатик, 22/1", [("вул. Хрещатик, 22/1", "street_address", "address.uk")]),
    # an OCR'd space before the comma; "house" before the number
    ("на вул. Гагаріна , 27, кв. 41 не продавай", [("вул. Гагаріна , 27, кв. 41", "street_address", "address.uk")]),
    # no street word: a street's name after «на», a comma, a house number ending the phrase
    ("Живе на Пушкінській, 40, кв. 2.", [("Пушкінській, 40, кв. 2", "street_address", "address.name")]),
    # after «з», «со» or «вулиці,»; the house before «теж»; but not «40 років»
    ("Мій батько з Шкільної, 4 теж.", [("Шкільної, 4", "street_address", "address.name")]),
    ("Мой отец со Школьной, 4 тоже.", [("Школьной, 4", "street_address", "address.name")]),
    ("в кінці вулиці, Степова, 40.", [("Степова, 40", "street_address", "address.name")]),
    ("На Садовій, 40 років тому", []),
    # a German street's own word after an adjective, with a hostel's building and room
    ("| Current address | Oranienburger Straße 285, Haus 4, Zimmer 112, 13437 Berlin |",
     [("Oranienburger Straße 285, Haus 4, Zimmer 112", "street_address", "address.en")]),
    # no comma after the street's name; a flat after a Latin street name
    ("Машина буде під подєздом на Проскурівській 41 о 5:30", [("Проскурівській 41", "street_address", "address.name")]),
    ("Живу в тому ж будинку, Молодіжна 35, кв. 12.", [("Молодіжна 35, кв. 12", "street_address", "address.name")]),
    ("two floors below us, Klochkivska 117, flat 56, I see him", [("Klochkivska 117, flat 56", "street_address", "address.name")]),
    ("Передали до Марка 5 листів. На Олега 40 років чекали.", []),
    # the house said in words after a street named by its adjective
    ("Хата наша, на Садовій, тридцять п'ять, біля школи.", [("Садовій, тридцять п'ять", "street_address", "address.uk")]),
    ("Дом наш, на Приморской, дом девять,", [("Приморской, дом девять", "street_address", "address.ru")]),
    ("На Київській, сорок хвилин стояли.", []),
    # a Lithuanian street (g.: gatvė)
    ("проживающий по адресу: Vilniaus g. 18, Vilnius", [("Vilniaus g. 18", "street_address", "address.en")]),
    # a Lithuanian avenue, prospektas (fictional)
    ("I live in Kaunas, Savanorių pr. 214-8. Art. 5 pr. 2", [("Savanorių pr. 214", "street_address", "address.en")]),
    # Estonian streets; a name that opens with a letter English lacks (fictional)
    ("Tallinn: Sõpruse pst 145-31, then Pärnu mnt 67. Vilnius: Žirmūnų g. 68-41",
     [("Sõpruse pst 145", "street_address", "address.en"), ("Pärnu mnt 67", "street_address", "address.en"),
      ("Žirmūnų g. 68", "street_address", "address.en")]),
    ("Жила на Гагарина, 9. На Херсонщині, 5 людей.", [("Гагарина, 9", "street_address", "address.name")]),
    # a two-word name; after «від»; a time after the house is no count
    ("живёт на Независимой Украины, 21, кв. 6.", [("Независимой Украины, 21, кв. 6", "street_address", "address.name")]),
    ("Виїжджаю від Городоцька, 118 о 6:00", [("Городоцька, 118", "street_address", "address.name")]),
    ("Нас було на Шевченка, 40 людей.", []),
    # lowercase words in a street's name, closed by a comma
    ("м. Біла Церква, вул. Січневого прориву, буд. 3, кв. 51",
     [("вул. Січневого прориву, буд. 3, кв. 51", "street_address", "address.uk")]),
    ("ул. 40 лет Октября, 88/2, кв. 305", [("ул. 40 лет Октября, 88/2, кв. 305", "street_address", "address.ru")]),
    ("На вулиці Шевченка ми 3 дні стояли.", []),
    # the name first; a house and flat said in words where a house or flat word says so; abroad
    ("на Морском бульваре, дом 62, кв. 14", [("Морском бульваре, дом 62, кв. 14", "street_address", "address.ru")]),
    ("Жили они на Морском бульваре, дом шестьдесят два, квартира сто четырнадцать.",
     [("Морском бульваре, дом шестьдесят два, квартира сто четырнадцать", "street_address", "address.ru")]),
    ("Жили на вулиці Миру, сорок два, квартира дев'ять, в Каховці.",
     [("вулиці Миру, сорок два, квартира дев'ять", "street_address", "address.uk")]),
    ("На вулиці Шевченка, двадцять людей стояли. На нашій вулиці, 5 хат згоріло.", []),
    ("Дуйсбург, Германия; Bahnhofstraße 27, Wohnung 5", [("Bahnhofstraße 27, Wohnung 5", "street_address", "address.en")]),
    # where someone lives or works, no comma; a street, a house and a flat anywhere; a capitalised
    # street word; a transliterated name before its street word
    ("says Nina, who lives across the road at Sadova 10.", [("Sadova 10", "street_address", "address.name")]),
    ("Я работаю в соседнем доме, на Белинского 120. Помню.", [("Белинского 120", "street_address", "address.name")]),
    ("забери коробку у меня, Профсоюзная, 104, кв 88, домофон", [("Профсоюзная, 104, кв 88", "street_address", "address.name")]),
    ("Жінка Оля. Вулиця Героїв 12 (?), дом частний.", [("Вулиця Героїв 12", "street_address", "address.uk")]),
    ("Mother lives at Dniprovskyi prospekt 86 (?).", [("Dniprovskyi prospekt 86", "street_address", "address.name")]),
    ("Вона живе на Шевченка 40 років. Я працюю на Заводі 5 днів.", []),
    ("I live on Shkilna Street, house 3, in the village.",
     [("Shkilna Street, house 3", "street_address", "address.en")]),
    ("провулок Тихий 3", [("провулок Тихий 3", "street_address", "address.uk")]),
    ("жив на вул. Соборна, 14 у Бердянську", [("вул. Соборна, 14", "street_address", "address.uk")]),
    ("вул. Соборна, 14б", [("вул. Соборна, 14б", "street_address", "address.uk")]),
    ("ул. Ленина, д. 5, кв. 12", [("ул. Ленина, д. 5, кв. 12", "street_address", "address.ru")]),
    ("переулок Мира 7", [("переулок Мира 7", "street_address", "address.ru")]),
    ("жил на улице Садовой, дом 14", [("улице Садовой, дом 14", "street_address", "address.ru")]),
    ("задержали у дома 7 по улице Мира", [("дома 7 по улице Мира", "street_address", "address.ru")]),
    ("біля будинку 7 на вулиці Миру", [("будинку 7 на вулиці Миру", "street_address", "address.uk")]),
    ("123 Main Street, Apt 4", [("123 Main Street, Apt 4", "street_address", "address.en")]),
    ("at 7 Oak Ave. last year", [("7 Oak Ave.", "street_address", "address.en")]),
    ("taken from 14 Peremohy Avenue, flat 22, on", [("14 Peremohy Avenue, flat 22", "street_address", "address.en")]),
    ("Shevchenka Street 12", [("Shevchenka Street 12", "street_address", "address.en")]),
    ("vul. Shevchenka 12", [("vul. Shevchenka 12", "street_address", "address.en")]),
    ("Vul. Shevchenka, bud. 3, kv. 7", [("Vul. Shevchenka, bud. 3, kv. 7", "street_address", "address.en")]),
    ("ul. Lenina, d. 5", [("ul. Lenina, d. 5", "street_address", "address.en")]),
    # negatives: a street without a number, the bare word, years, dates, saints
    ("на вулиці Шевченка жили люди", []),
    ("проживал на улице Ленина", []),
    ("у дома по улице Мира", []),
    ("Main Street was busy. The Street.", []),
    ("In 2014 Maidan Square was full.", []),
    ("вул. Хрещатик 12 березня відбулась акція", []),
    ("вулиця Січових Стрільців, 2022 рік", []),
    ("5 St. Louis Place", []),
    ("maidan Nezalezhnosti in 2022", []),
    ("the 42nd Congress, 73 organisations, Geneva Conventions", []),
]

ALL_CASES = GEO_CASES + ADDRESS_CASES


def found(text: str) -> list[tuple[str, str, str]]:
    return [(text[s.start:s.end], s.kind, s.rule) for s in location.detect(text, CTX)]


@pytest.mark.parametrize("text, expected", GEO_CASES)
def test_geo_coordinates(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize("text, expected", ADDRESS_CASES)
def test_street_address(text, expected):
    assert found(text) == expected


def test_spans_are_valid_kinds_inside_the_text():
    for text, _ in ALL_CASES:
        for span in location.detect(text, CTX):
            assert span.kind in KINDS and 0 <= span.start < span.end <= len(text)


# The campaign's own texts are full of figures, years and organisation names: none is personal
# (CAMPAIGN_TEXTS, FILLER: tests/guard/campaign_texts.py).


@pytest.mark.parametrize("path", CAMPAIGN_TEXTS, ids=lambda p: p.name)
def test_campaign_texts_stay_silent(path):
    text = path.read_text(encoding="utf-8")
    assert [(text[s.start:s.end], s.rule) for s in location.detect(text, CTX)] == []




def test_cheap_triggers_miss_nothing(monkeypatch):
    # The detailed patterns run only near a cheap trigger (pii_guard/detectors/_windows.py).
    # With the triggers switched off (whole text searched) every case, set inside longer prose,
    # must give the same answer, and the table's answer.
    cases = [(FILLER + "\n" + text + "\n" + FILLER, ctx) for text, _ in ALL_CASES for ctx in [CTX]]
    fast = [location.detect(text, ctx) for text, ctx in cases]
    monkeypatch.setattr(location, "windows", lambda text, triggers, margin=0: [(0, len(text))])
    assert [location.detect(text, ctx) for text, ctx in cases] == fast
    assert sum(map(len, fast)) == sum(len(row[1]) for row in ALL_CASES)


@pytest.mark.parametrize("text, expected", [
    # an avenue's adjective before its word in a caseless caption (fictional); not a count
    ("в луцке лесной проспект 158 квартира 77 это общежитие", ["лесной проспект 158 квартира 77"]),
    ("улица шевченко сорок один квартира двенадцать", ["улица шевченко сорок один квартира двенадцать"]),
    ("новий проспект відкрили у 2021 році", []),
])
def test_a_caseless_caption_address(text, expected):
    assert [text[s.start:s.end] for s in location.caseless_addresses(text, [(0, len(text))])] == expected


@pytest.mark.parametrize("text, expected", [
    # (fictional) a street named by its adjective in the accusative after «на», no street word;
    # transliterated after "at"; not a first name
    ("Леся пішла до сестри на Курортну, 3. Кіт у Тамари.", ["Курортну, 3"]),
    ("Леся ушла к сестре на Курортную, 3. Кот у Тамары.", ["Курортную, 3"]),
    ("Lesia has gone to her sister at Kurortna 3. The cat is with Tamara.", ["Kurortna 3"]),
    ("We met at Anna 3.", []),
])
def test_a_street_named_by_its_adjective_alone(text, expected):
    spans = location.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "street_address"] == expected


def test_a_street_named_by_its_adjective_then_a_house_word():
    """(fictional) «на Дубининскую, д. 57, кв. 4», «на Садовій, буд. 9»"""
    text = "Приехали домой, на Дубининскую, д. 57, кв. 4, а увезли. Живе на Садовій, буд. 9."
    spans = location.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans] == ["Дубининскую, д. 57, кв. 4", "Садовій, буд. 9"]


@pytest.mark.parametrize("text, expected", [
    # (fictional) a transliterated street's name alone before its house, in a log, a chat, a dump;
    # not a word more often than a name
    ("**17.03.22** — Kirova 118 (private house, green gate).", ["Kirova 118"]),
    ("> **[19:03] Marta:** Come to Zhukovskoho 58, I am waiting by the entrance", ["Zhukovskoho 58"]),
    ("VALUES (103,'Melnyk Bohdan','Pershotravneva 4','student');", ["Pershotravneva 4"]),
    ("00418 | Pysarenko Alla | Azovska 12 kv 3       | IPN", ["Azovska 12 kv 3"]),
    ("Nova 5. Anna 3. Kakhovka 2.", []),
])
def test_a_transliterated_street_alone_before_its_house(text, expected):
    spans = location.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "street_address"] == expected


def test_coordinates_in_a_semicolon_separated_export():
    """(fictional) a taxi app's trips: the field separator before a pair is no list of numbers."""
    text = "KHE-55402;20:11;46.6402, 32.6104;46.6558, 32.5831;3,1;70;done"
    spans = location.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans] == ["46.6402, 32.6104", "46.6558, 32.5831"]


@pytest.mark.parametrize("text, expected", [
    # (fictional) held-out 152-155's shapes: a street's name with an initial, "pr." transliterated,
    # a transliterated name before a dash, a genitive in -nka; a street's adjective or a person's
    # genitive after a town and a comma, closing a cell or the line; «на Лесной, 22» before a verb
    ("08.06 | Гончаренко Игорь | пр-т Б. Хмельницкого 60/12 | Васильевка", ["пр-т Б. Хмельницкого 60/12"]),
    ("| Polohy | pr. Myru 112, kv. 27 | pass. |", ["pr. Myru 112, kv. 27"]),
    ("2. Sokil (grandpa, deaf) — Sadova 15 — 1 btl — paid", ["Sadova 15"]),
    ("| 12.05.2022 | Shevchenka 40, Starobilsk | dish |", ["Shevchenka 40"]),
    ("05.07 | Мельник Т.І. | Терпіння, Степова 12| 300 |", ["Степова 12"]),
    ("11.07 | Шевчишин Б. І. | Терпіння, Гагаріна 5| 200 |", ["Гагаріна 5"]),
    ("мама (05743) 2-16-09, Замкова 8", ["Замкова 8"]),
    ("Ночью телефон на Лесной, 22 зазвонил.", ["Лесной, 22"]),
    ("Уночі телефон на Шевченка, 41 задзвонив. Перед хатою Шевченка 41, лежить", ["Шевченка, 41", "Шевченка 41"]),
    # not a count after a street, a name and an age, or a page
    ("На Садовій 5 будинків згоріло. Записали: Петренко, Оксана 45. Ми з Одеси, Сторінка 5", []),
])
def test_streets_without_their_word_in_logs_and_cells(text, expected):
    spans = location.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "street_address"] == expected


def test_coordinates_right_after_a_house_number():
    """(fictional) «д. 44, 47.2263, 39.7142»: a house number is no list of numbers before a pair;
    "1.2345, 2.3456, 3.4567" and "12, 14, 47.2263, 39.7142" still are."""
    text = ("Магазин был на пр. Ворошиловском, д. 44, 47.2263, 39.7142. Офіс: вул. Воронцовська, 22, "
            "46.6402, 32.6145. Values: 1.2345, 2.3456, 3.4567, 4.5678. Readings 12, 14, 47.2263, 39.7142")
    spans = location.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "geo_coordinates"] == [
        "47.2263, 39.7142", "46.6402, 32.6145"]


def test_exiftool_s_latitude_and_longitude_on_their_own_lines():
    """(fictional) "GPS Latitude      : 47.1017" then "GPS Longitude     : 35.0422": each found at its line."""
    text = "GPS Latitude                    : 47.1017\nGPS Longitude                   : 35.0422\nGPS Altitude : 12 m"
    spans = location.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "geo_coordinates"] == ["47.1017", "35.0422"]


def test_a_transliterated_street_alone_before_a_printout_s_next_column():
    """(fictional) a delivery round printed in columns: "Pyrohova 6      L     2 portions"."""
    text = "03  Marchuk S.     Pyrohova 6                   L     2 portions\n04  Nina     Pershotravneva 88            -"
    spans = location.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "street_address"] == ["Pyrohova 6", "Pershotravneva 88"]


def test_a_street_s_adjective_in_the_genitive_and_a_meeting_point():
    """(fictional) «с Гражданского проспекта, 88», «сбор у Большой Конюшенной, 8»; not «у Петровой, 2 детей»."""
    text = ("Костю забрали из дома, с Гражданского проспекта, 88, в марте. В субботу сбор у Большой "
            "Конюшенной, 8 в 9:00. Встреча у Петровой, 2 детей пришли.")
    spans = location.detect(text, ScanContext(testimony=True))
    assert [text[s.start:s.end] for s in spans if s.kind == "street_address"] == [
        "Гражданского проспекта, 88", "Большой Конюшенной, 8"]
