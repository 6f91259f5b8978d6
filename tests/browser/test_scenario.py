"""A researcher's first session, in a real browser: ingest the sample, find the 42-cities event, open its
sources, see the contradiction, filter the map; plus keyboard use and a phone-sized screen."""

from __future__ import annotations

import re
from typing import Any

import pytest
from playwright.sync_api import expect

from newsledger.api.ledger import crossdoc_available
from tests.api.conftest import SAMPLE
from tests.browser.conftest import screenshot

needs_crossdoc = pytest.mark.xfail(not crossdoc_available(), strict=True,
                                   reason="contradictions need the cross-document layer (newsledger.crossdoc)")

# The tests of this module share one ledger; each ingests the sample through the form if it is not there yet.


TITLE = "UN experts alarmed by Wagner prison recruitment"


def ingested(page: Any, server: str) -> str:
    """Ingest the sample through the form (once per ledger); returns the article page's URL."""
    page.goto(f"{server}/articles")
    link = page.get_by_role("link", name=TITLE)
    if link.count():
        return f"{server}{link.first.get_attribute('href')}"
    page.goto(f"{server}/ingest")
    page.get_by_label("Article text").fill(SAMPLE.read_text(encoding="utf-8"))
    page.get_by_label("Title").fill(TITLE)
    page.get_by_label("Outlet").fill("Sample Wire")
    # Extraction (spaCy, every extractor, the cross-document update) can take a while on a busy machine.
    with page.expect_navigation(url=re.compile(r"/articles/[^?]+\?(ingested|duplicate)=1"), timeout=180_000):
        page.get_by_role("button", name="Extract and store").click(timeout=180_000)
    url: str = page.url.split("?")[0]
    return url


def test_ingest_the_sample_through_the_ui(page: Any, server: str) -> None:
    url = ingested(page, server)
    page.goto(url)
    assert page.get_by_role("heading", level=1).inner_text() == TITLE
    assert page.locator(".text .hl.k-event").count() >= 3
    assert page.locator(".text .hl.k-quote").count() >= 3
    page.locator(".text .hl.k-entity", has_text="Prigozhin").first.hover()
    assert "Prigozhin" in page.locator("#panel").inner_text()
    screenshot(page, "article")
    # Turning a kind of highlight off is a plain checkbox.
    page.locator('.legend input[data-kind="event"]').uncheck()
    assert "off-event" in (page.locator("#text").get_attribute("class") or "")


def test_find_the_42_cities_event_and_open_its_sources(page: Any, server: str) -> None:
    page.goto(ingested(page, server))
    # The event is the "Recruitment" that opens the quote "Recruitment centres ... in 42 Russian cities".
    trigger = page.locator(".text a.hl.k-event", has_text=re.compile(r"^Recruitment$"))
    trigger.first.click()
    page.wait_for_url(re.compile(r"/events/"))
    assert page.get_by_role("heading", level=1).inner_text().startswith("MOBILIZE")
    sources = page.locator("ol.sources > li")
    assert sources.count() >= 1
    text = sources.all_inner_texts()
    assert any("42 Russian cities" in t for t in text)
    assert any("Prigozhin said" in t for t in text)
    screenshot(page, "event")
    sources.first.get_by_role("link").first.click()
    page.wait_for_url(re.compile(r"/articles/"))
    assert page.locator(".text").count() == 1


@needs_crossdoc
def test_see_the_contradiction(page: Any, server: str) -> None:
    ingested(page, server)
    page.goto(f"{server}/claims")
    claim = page.locator("li.claim", has_text="ended").first
    assert "contradicted" in claim.inner_text()
    assert "denies" in claim.inner_text() and "asserts" in claim.inner_text()
    screenshot(page, "claims")
    claim.get_by_role("link").first.click()
    page.wait_for_url(re.compile(r"/events/\d+"))
    assert page.locator(".facts .tag.neg", has_text="contradicted").count() == 1
    assert page.locator("ol.sources .tag.neg", has_text="denies").count() >= 1


def test_filter_the_map(page: Any, server: str) -> None:
    ingested(page, server)
    page.goto(f"{server}/map")
    status = page.locator("#map-status")
    expect(status).to_contain_text("on the map")
    total = int(status.inner_text().split()[0])
    assert total >= 1
    assert page.locator("#map .leaflet-interactive").count() == total
    assert page.locator("#map path.leaflet-interactive").count() == total
    screenshot(page, "map")
    page.get_by_label("Type").select_option("REQUEST")
    expect(status).to_have_text(re.compile(r"^0 events"))
    assert page.locator("#map .leaflet-interactive").count() == 0
    assert "type=REQUEST" in page.url
    page.get_by_label("Type").select_option("MOBILIZE")
    expect(status).to_have_text(re.compile(r"^[1-9]\d* events? with a place on the map"))
    types = page.locator("#map-list li").evaluate_all("els => els.map(e => e.dataset.type)")
    assert types and set(types) == {"MOBILIZE"}
    # A marker opens a popup linking to its event.
    page.locator("#map path.leaflet-interactive").first.click(force=True)
    assert page.locator(".leaflet-popup a.event-popup").first.get_attribute("href", timeout=5000).startswith("/events/")


def test_keyboard_only(page: Any, server: str) -> None:
    ingested(page, server)
    page.goto(f"{server}/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip"
    page.keyboard.press("Enter")
    assert page.url.endswith("#main")
    page.goto(ingested(page, server))
    # Highlights are reachable with Tab and show their record on focus.
    page.locator(".text .hl").first.focus()
    for _ in range(3):
        page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.classList.contains('hl')")
    assert focused
    assert page.locator("#panel dl").count() >= 1


def test_search_from_the_start_page(page: Any, server: str) -> None:
    ingested(page, server)
    page.goto(f"{server}/")
    screenshot(page, "home")
    page.get_by_label("Search everything: article text and quotes").fill('"42 Russian cities"')
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/search\?q="))
    assert page.locator("ol.hits > li").count() >= 1
    page.get_by_label("Search the ledger").fill('"unclosed')
    page.get_by_label("Search the ledger").press("Enter")
    assert "Put phrases in double quotes" in page.get_by_role("alert").inner_text()


def test_readable_on_a_phone(browser: Any, server: str) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True,
                                  device_scale_factor=1)
    try:
        page = context.new_page()
        article = ingested(page, server).removeprefix(server)
        for path in ("/", article, "/events", "/map", "/claims"):
            page.goto(f"{server}{path}")
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 1, f"{path} scrolls sideways by {overflow}px on a phone"
        page.goto(f"{server}/events")
        screenshot(page, "events-phone")
    finally:
        context.close()
