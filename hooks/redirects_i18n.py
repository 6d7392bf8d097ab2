"""Write mkdocs-redirects' redirects for every language (peoplefirst/redirects.py says why)."""
from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from peoplefirst import i18n, redirects

_maps: dict[str, str] = {}


@event_priority(100)  # before the redirects plugin reads its maps (on_files)
def on_config(config):
    taken = redirects.take_maps(config)
    if taken:  # on_config runs once per language: the first call takes the maps
        try:
            redirects.check_maps(taken, config.docs_dir, i18n.default_language(config))
        except redirects.RedirectError as err:
            raise PluginError(str(err)) from None
        _maps.clear()
        _maps.update(taken)
    return config


@event_priority(-110)
def on_post_build(config):
    if _maps and i18n.all_languages_built(config):
        redirects.write_all(_maps, config.site_dir, i18n.build_languages(config),
                            i18n.default_language(config), config.use_directory_urls)
