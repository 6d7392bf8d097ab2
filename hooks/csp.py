"""Complete each page's Content-Security-Policy with the hashes of its inline code (peoplefirst.csp)."""
from mkdocs.plugins import event_priority

from peoplefirst.csp import fill_policy


@event_priority(-200)  # last: after every hook that may still change the page
def on_post_page(output, page, config):
    return fill_policy(output)


@event_priority(-100)  # before hooks/not_found.py (-110) keeps the 404 page it writes at the end
def on_post_template(output_content, template_name, config):
    # 404.html is rendered as a theme template, not a page
    return fill_policy(output_content) if template_name.endswith(".html") else output_content
