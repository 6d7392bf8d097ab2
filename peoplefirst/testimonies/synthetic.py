"""Synthetic testimonies for tests and `make bench`: realistic in structure, obviously fictional.

Never written into the repository's docs/ (DESIGN §7): `generate()` takes the docs folder of a
throwaway copy. The text names no one, gives no day, no age and no address, so the PII guard
passes it; every file says in its title and first line that it is synthetic. References are
T-0000-NNNN: year 0000 marks them as not real.

    python -m peoplefirst.testimonies.synthetic --per-language 1000 --out /tmp/copy/docs
"""
from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from pathlib import Path

from .collection import SECTION
from .vocabularies import Vocabularies, default

REPO_DOCS = Path(__file__).resolve().parents[2] / "docs"

_TEXT = {
    "en": {
        "title": "Synthetic testimony {n}: {theme}",
        "notice": "*Synthetic text generated for testing the site. It describes no real person or event.*",
        "heading": "What happened",
        "after": "Afterwards",
        "open": [
            "I was at home with my family when armed men came into our street and took several neighbours away.",
            "It began in the first weeks of the occupation, when soldiers started checking everyone's phones.",
            "We had decided to stay because my mother could not travel, and that is when they came for me.",
        ],
        "themes": {
            "enforced-disappearance": "For months my family did not know whether I was alive; every official they asked said there was no record of me.",
            "incommunicado-detention": "No lawyer, no letters, no calls: nobody outside knew where we were being held.",
            "torture": "During the interrogations they beat us and used electric shocks, and they made us stand for hours without moving.",
            "degrading-treatment": "The guards insulted us for being Ukrainian and made us repeat their slogans before every meal.",
            "sexual-violence": "Some of the women in our block told me later what the guards had done to them at night; I will not write it here.",
            "denial-of-medical-care": "A man in our cell had a serious illness; we begged for a doctor for weeks, and none came.",
            "death-in-custody": "Not everyone who was taken with us came back; one of the older men died in the cell.",
            "deportation": "One night they put us on buses without telling us where we were going, and we crossed the border in the dark.",
            "unfair-trial": "The trial lasted less than an hour; the lawyer appointed for me met me for the first time in the courtroom.",
            "prisoner-exchange": "We learned about the exchange only when they read out our names in the corridor and told us to take nothing.",
            "release": "When I finally crossed the line and heard my own language, I could not stop crying.",
        },
        "quote": "> “We counted the days by the light through the window, and then we stopped counting.”",
        "close": [
            "I am speaking now for those who are still there. They must come home first.",
            "My cellmate, {pseudonym}, is still held. I want people to know that he exists.",
            "Every day I think about the people I left behind in that place.",
        ],
    },
    "uk": {
        "title": "Синтетичне свідчення {n}: {theme}",
        "notice": "*Синтетичний текст, створений для перевірки сайту. Він не описує жодної реальної людини чи події.*",
        "heading": "Що сталося",
        "after": "Потім",
        "open": [
            "Я була вдома з родиною, коли озброєні люди зайшли на нашу вулицю і забрали кількох сусідів.",
            "Усе почалося в перші тижні окупації, коли військові почали перевіряти телефони в усіх.",
            "Ми вирішили залишитися, бо мама не могла їхати, і саме тоді по мене прийшли.",
        ],
        "themes": {
            "enforced-disappearance": "Місяцями родина не знала, чи я живий; усі, до кого вони зверталися, казали, що про мене немає жодних записів.",
            "incommunicado-detention": "Ні адвоката, ні листів, ні дзвінків: ніхто ззовні не знав, де нас тримають.",
            "torture": "На допитах нас били і катували струмом, змушували годинами стояти нерухомо.",
            "degrading-treatment": "Охоронці ображали нас за те, що ми українці, і змушували повторювати їхні гасла перед кожним прийомом їжі.",
            "sexual-violence": "Деякі жінки з нашого блоку пізніше розповіли мені, що охоронці робили з ними вночі; я не писатиму цього тут.",
            "denial-of-medical-care": "Чоловік у нашій камері був тяжко хворий; тижнями ми просили лікаря, але ніхто не прийшов.",
            "death-in-custody": "Не всі, кого забрали разом із нами, повернулися; один зі старших чоловіків помер у камері.",
            "deportation": "Однієї ночі нас посадили в автобуси, не сказавши куди, і ми перетнули кордон у темряві.",
            "unfair-trial": "Суд тривав менше години; призначений адвокат уперше побачив мене в залі суду.",
            "prisoner-exchange": "Про обмін ми дізналися, лише коли в коридорі зачитали наші прізвища і сказали нічого не брати.",
            "release": "Коли я нарешті перетнув лінію і почув рідну мову, я не міг зупинити сліз.",
        },
        "quote": "> «Ми рахували дні за світлом у вікні, а потім перестали рахувати».",
        "close": [
            "Я говорю зараз за тих, хто досі там. Вони мають повернутися додому першими.",
            "Мій сусід по камері, {pseudonym}, досі в полоні. Я хочу, щоб люди знали, що він існує.",
            "Щодня я думаю про людей, яких залишив у тому місці.",
        ],
    },
    "ru": {
        "title": "Синтетическое свидетельство {n}: {theme}",
        "notice": "*Синтетический текст, созданный для проверки сайта. Он не описывает ни одного реального человека или события.*",
        "heading": "Что произошло",
        "after": "Потом",
        "open": [
            "Я была дома с семьёй, когда вооружённые люди вошли на нашу улицу и увели нескольких соседей.",
            "Всё началось в первые недели оккупации, когда военные стали проверять телефоны у всех.",
            "Мы решили остаться, потому что мама не могла ехать, и именно тогда за мной пришли.",
        ],
        "themes": {
            "enforced-disappearance": "Месяцами семья не знала, жив ли я; все, к кому они обращались, говорили, что обо мне нет никаких записей.",
            "incommunicado-detention": "Ни адвоката, ни писем, ни звонков: никто снаружи не знал, где нас держат.",
            "torture": "На допросах нас избивали и пытали током, заставляли часами стоять неподвижно.",
            "degrading-treatment": "Охранники оскорбляли нас за то, что мы украинцы, и заставляли повторять их лозунги перед каждой едой.",
            "sexual-violence": "Некоторые женщины из нашего блока потом рассказали мне, что охранники делали с ними ночью; я не буду писать этого здесь.",
            "denial-of-medical-care": "Мужчина в нашей камере был тяжело болен; неделями мы просили врача, но никто не пришёл.",
            "death-in-custody": "Не все, кого забрали вместе с нами, вернулись; один из пожилых мужчин умер в камере.",
            "deportation": "Однажды ночью нас посадили в автобусы, не сказав куда, и мы пересекли границу в темноте.",
            "unfair-trial": "Суд длился меньше часа; назначенный адвокат впервые увидел меня в зале суда.",
            "prisoner-exchange": "Об обмене мы узнали, только когда в коридоре зачитали наши фамилии и сказали ничего не брать.",
            "release": "Когда я наконец пересёк линию и услышал родной язык, я не мог остановить слёз.",
        },
        "quote": "> «Мы считали дни по свету в окне, а потом перестали считать».",
        "close": [
            "Я говорю сейчас за тех, кто всё ещё там. Они должны вернуться домой первыми.",
            "Мой сосед по камере, {pseudonym}, всё ещё в плену. Я хочу, чтобы люди знали, что он существует.",
            "Каждый день я думаю о людях, которых оставил в том месте.",
        ],
    },
}
_PSEUDONYM = {"en": "Witness K", "uk": "Свідок К", "ru": "Свидетель К"}
SUPPORTED = tuple(_TEXT)


def _month(rng: random.Random, start: tuple[int, int], end: tuple[int, int]) -> tuple[int, int]:
    first, last = start[0] * 12 + start[1] - 1, end[0] * 12 + end[1] - 1
    value = rng.randint(first, max(first, last))
    return (value // 12, value % 12 + 1)


def _fmt(month: tuple[int, int]) -> str:
    return f"{month[0]:04d}-{month[1]:02d}"


def _yaml_list(items) -> str:
    return "[" + ", ".join(items) + "]"


def _record(n: int, rng: random.Random, vocab: Vocabularies, languages, today: dt.date) -> dict:
    """Metadata shared by every language of synthetic testimony n."""
    now = (today.year, today.month)
    start = _month(rng, (2022, 2), (2025, 6))
    end = _month(rng, start, (min(start[0] + 2, now[0]), 12)) if rng.random() < 0.7 else start
    end = min(end, now)
    themes = rng.sample(vocab.themes.keys, rng.randint(1, 4))
    sensitive = [t for t in themes if t in vocab.themes.sensitive]
    return {
        "id": f"T-0000-{n:04d}",
        "original": languages[n % len(languages)],
        "groups": rng.sample(vocab.groups.keys, rng.choice((1, 1, 1, 2))),
        "themes": [t for t in vocab.themes.keys if t in themes],
        "regions": rng.sample(vocab.regions.keys, rng.choice((1, 1, 1, 2))),
        "period": _fmt(start) if start == end else f"{_fmt(start)}/{_fmt(end)}",
        "recorded": _fmt(_month(rng, end, now)),
        "review": _fmt(now),
        "role": rng.choice(vocab.reviewer_roles.keys),
        "warnings": sensitive,
        "opening": rng.randrange(3),
        "closing": rng.randrange(3),
        "reviewed": rng.random() < 0.3,
    }


def render(record: dict, lang: str, vocab: Vocabularies) -> str:
    """One synthetic testimony file in `lang`."""
    text = _TEXT[lang]
    n = int(record["id"].rsplit("-", 1)[1])
    translation = "original" if lang == record["original"] else ("reviewed" if record["reviewed"] else "draft")
    theme = vocab.themes.label(record["themes"][0], lang)
    title = text["title"].format(n=n, theme=theme[:1].lower() + theme[1:] if lang != "en" else theme.lower())
    closing = text["close"][record["closing"]]
    pseudonyms = [_PSEUDONYM[lang]] if "{pseudonym}" in closing else []
    front = "\n".join([
        "---",
        f"id: {record['id']}",
        "type: testimony",
        f'title: "{title}"',
        f"original_language: {record['original']}",
        f"translation: {translation}",
        f"groups: {_yaml_list(record['groups'])}",
        f"themes: {_yaml_list(record['themes'])}",
        f"region: {_yaml_list(record['regions'])}",
        f"period: {record['period']}",
        "consent:",
        "  given: true",
        "  scope: [publication-web, anonymised-quotes, translation]",
        f"  recorded: {record['recorded']}",
        "review:",
        f"  reviewer_role: {record['role']}",
        f"  month: {record['review']}",
        f"content_warnings: {_yaml_list(record['warnings'])}",
        f"pseudonyms: {_yaml_list(pseudonyms)}",
        "---",
    ])
    middle = [text["themes"][t] for t in record["themes"] if t not in ("release", "prisoner-exchange")]
    ending = [text["themes"][t] for t in record["themes"] if t in ("release", "prisoner-exchange")]
    body = [text["notice"], "", text["open"][record["opening"]], "", f"## {text['heading']}", ""]
    body += [" ".join(middle) or text["themes"]["incommunicado-detention"], "", text["quote"], ""]
    body += [f"## {text['after']}", "", " ".join(ending + [closing.format(pseudonym=_PSEUDONYM[lang])]), ""]
    return front + "\n\n" + "\n".join(body)


def generate(docs_dir: Path, per_language: int, languages=("en", "uk", "ru"), seed: int = 0,
             vocab: Vocabularies | None = None, today: dt.date | None = None) -> list[Path]:
    """Write `per_language` synthetic testimonies into docs_dir/<lang>/testimonies/ for each
    language (the same references in every language: one original, the rest translations).
    Returns the files written. Refuses the repository's own docs/."""
    docs_dir = Path(docs_dir)
    if docs_dir.resolve() == REPO_DOCS.resolve():
        raise ValueError("synthetic testimonies never go into the repository's docs/: use a copy")
    unknown = [lang for lang in languages if lang not in _TEXT]
    if unknown:
        raise ValueError(f"no synthetic text for {', '.join(unknown)} (available: {', '.join(SUPPORTED)})")
    vocab = vocab or default()
    rng = random.Random(seed)
    today = today or dt.date.today()
    written = []
    for lang in languages:
        (docs_dir / lang / SECTION).mkdir(parents=True, exist_ok=True)
    for n in range(1, per_language + 1):
        record = _record(n, rng, vocab, tuple(languages), today)
        for lang in languages:
            path = docs_dir / lang / SECTION / f"{record['id'].lower()}.md"
            path.write_text(render(record, lang, vocab), encoding="utf-8")
            written.append(path)
    return written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m peoplefirst.testimonies.synthetic",
                                     description="Write synthetic testimonies into a copy of the docs folder.")
    parser.add_argument("--per-language", type=int, required=True, metavar="N")
    parser.add_argument("--out", type=Path, required=True, metavar="DOCS_DIR",
                        help="the docs/ folder of a throwaway copy of the repository")
    parser.add_argument("--languages", default="en,uk,ru", help=f"comma-separated, from {','.join(SUPPORTED)}")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    if args.per_language < 0 or args.per_language > 999_999:
        parser.error("--per-language must be between 0 and 999999")
    try:
        written = generate(args.out, args.per_language, tuple(args.languages.split(",")), args.seed)
    except ValueError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"{len(written)} synthetic testimonies written under {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
