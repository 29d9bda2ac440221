"""A closing summary of the run per feature and per tag, for porting teams to act on."""

from collections import Counter, defaultdict

import pytest
from pytest_bdd.scenario import scenario_wrapper_template_registry

OUTCOMES = ("passed", "failed", "skipped")
NEED_TAGS = {"json", "html", "session_store", "token_forgery", "no_scopes_ui", "beyond_original"}


def scenario_template(item: pytest.Item):
    return scenario_wrapper_template_registry.get(getattr(item, "obj", None))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Attach each scenario's feature title and tags to its reports, also under xdist."""
    for item in items:
        template = scenario_template(item)
        if template is None:
            continue
        item.user_properties.append(("feature", template.feature.name))
        tags = sorted(template.tags | template.feature.tags)
        item.user_properties.append(("tags", " ".join(tags)))


class Summary:
    def __init__(self) -> None:
        self.by_feature: dict[str, Counter] = defaultdict(Counter)
        self.by_tag: dict[str, Counter] = defaultdict(Counter)
        self.skip_reasons: dict[str, Counter] = defaultdict(Counter)

    def add(self, report: pytest.TestReport) -> None:
        properties = dict(report.user_properties)
        feature = properties.get("feature")
        if feature is None:
            return
        outcome = report.outcome
        self.by_feature[feature][outcome] += 1
        for tag in properties.get("tags", "").split():
            self.by_tag[tag][outcome] += 1
        if outcome == "skipped" and isinstance(report.longrepr, tuple):
            reason = report.longrepr[2].removeprefix("Skipped: ")
            self.skip_reasons[feature][reason] += 1


summary = Summary()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    # A scenario counts once: its call phase, or the phase that failed or skipped it.
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        summary.add(report)
    elif report.when == "teardown" and report.outcome == "failed":
        summary.add(report)


def format_counts(counts: Counter) -> str:
    return "  ".join(f"{counts[outcome]:3d} {outcome}" for outcome in OUTCOMES)


def pytest_terminal_summary(terminalreporter) -> None:
    if not summary.by_feature:
        return
    write = terminalreporter.write_line
    width = max(len(name) for name in summary.by_feature)

    terminalreporter.section("specification summary per feature")
    for feature in sorted(summary.by_feature):
        write(f"{feature:<{width}}  {format_counts(summary.by_feature[feature])}")
        for reason, count in summary.skip_reasons[feature].items():
            write(f"{'':<{width}}    skipped {count}: {reason}")

    terminalreporter.section("specification summary per tag")
    tag_width = max(len(tag) for tag in summary.by_tag)
    for tag in sorted(summary.by_tag, key=lambda tag: (tag not in NEED_TAGS, tag)):
        write(f"@{tag:<{tag_width}}  {format_counts(summary.by_tag[tag])}")
