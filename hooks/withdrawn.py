"""Write the neutral notice at the address of every withdrawn page (data/withdrawn.yml)."""
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from peoplefirst import i18n, withdrawn


@event_priority(-110)
def on_post_build(config):
    if not i18n.all_languages_built(config):
        return
    listed = Path(config.config_file_path).parent / "data" / withdrawn.WITHDRAWN_FILE.name
    try:
        pages = withdrawn.load(listed)
    except withdrawn.WithdrawnError as err:
        raise PluginError(str(err)) from None
    languages = i18n.build_languages(config)
    for page in pages:
        for lang in languages:
            source = Path(config.docs_dir, lang, page)
            if source.exists():
                raise PluginError(f"data/withdrawn.yml: {page} is withdrawn but docs/{lang}/{page} exists: "
                                  "delete the file (make takedown does) or the list entry")
        for rel, text in withdrawn.files_for(page, languages, i18n.default_language(config),
                                              config.use_directory_urls).items():
            target = Path(config.site_dir, rel)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
