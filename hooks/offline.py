"""Offline copy (PF_OFFLINE=true): the iframe-worker shim from this site, not from a CDN, and
no version selector (there is no versions.json next to a copy opened from file://)."""
from mkdocs.plugins import event_priority

from peoplefirst.offline import configure_offline


@event_priority(50)  # before Material's offline plugin, which adds the CDN shim if none is set
def on_config(config):
    return configure_offline(config)
