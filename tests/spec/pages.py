"""Semantic views of HTML pages, parsed with Beautiful Soup rather than compared as text."""

from bs4 import BeautifulSoup, Tag


class Page:
    """An HTML page of the app and the elements that scenarios check."""

    def __init__(self, html: str) -> None:
        self.soup = BeautifulSoup(html, "html.parser")

    @property
    def title(self) -> str:
        title = self.soup.title
        return title.get_text(strip=True) if title else ""

    @property
    def message(self) -> str:
        """The text of the page's message heading, empty when there is none."""
        heading = self.soup.find("h4")
        return heading.get_text(strip=True) if heading else ""

    @property
    def error_text(self) -> str:
        heading = self.soup.find("h2", class_="text-danger")
        return heading.get_text(strip=True) if heading else ""

    def text(self) -> str:
        return self.soup.get_text(" ", strip=True)

    def element(self, element_id: str) -> Tag:
        element = self.soup.find(id=element_id)
        if element is None:
            raise AssertionError(f"the page {self.title!r} has no element with id {element_id!r}")
        return element

    def is_disabled(self, element_id: str) -> bool:
        return self.element(element_id).has_attr("disabled")

    def form_actions(self) -> list[str]:
        return [form.get("action", "") for form in self.soup.find_all("form")]

    def input_names(self) -> set[str]:
        return {field.get("name") for field in self.soup.find_all(["input", "select", "textarea"])}

    def links(self) -> list[str]:
        return [anchor.get("href", "") for anchor in self.soup.find_all("a")]
