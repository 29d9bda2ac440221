"""The verdict of a run: a summary per feature, per profile and per tag, and report files.

The terminal summary lists every failed scenario with its first error line,
and every skip reason, so a porting team can see what to fix or which option to pass.
In contract mode (--base-url) the run also writes reports/junit.xml and
reports/cucumber.json unless --junitxml or --cucumberjson name other paths.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest
from pytest_bdd.reporting import ReportContext, test_report_context_registry
from pytest_bdd.scenario import scenario_wrapper_template_registry

OUTCOMES = ("passed", "failed", "skipped")
NEED_TAGS = {"json", "html", "session_store", "token_forgery", "no_scopes_ui", "beyond_original"}
PROFILES = {
    "original behaviour": "not beyond_original",
    "stricter rules": "beyond_original",
}
CONTRACT_REPORT_DIR = Path("reports")
# Key under which an xdist worker sends pytest-bdd's scenario record along with a report.
BDD_CONTEXT_KEY = "spec_bdd_report_context"
MAX_ERROR_LENGTH = 160


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Default the report files in contract mode, before junitxml and pytest-bdd read them."""
    if config.getoption("--base-url"):
        if not config.option.xmlpath:
            config.option.xmlpath = str(CONTRACT_REPORT_DIR / "junit.xml")
        if not config.option.cucumber_json_path:
            config.option.cucumber_json_path = str(CONTRACT_REPORT_DIR / "cucumber.json")
    # pytest-bdd 9 opens the Cucumber JSON file without creating its folder.
    if config.option.cucumber_json_path:
        Path(config.option.cucumber_json_path).expanduser().parent.mkdir(parents=True, exist_ok=True)


def scenario_template(item: pytest.Item):
    return scenario_wrapper_template_registry.get(getattr(item, "obj", None))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Attach each scenario's feature, name and tags to its reports, which xdist forwards."""
    for item in items:
        template = scenario_template(item)
        if template is None:
            continue
        item.user_properties.append(("feature", template.feature.name))
        item.user_properties.append(("scenario", template.name))
        tags = sorted(template.tags | template.feature.tags)
        item.user_properties.append(("tags", " ".join(tags)))


@pytest.hookimpl(wrapper=True)
def pytest_report_to_serializable(config: pytest.Config, report):
    """Send pytest-bdd's scenario record from an xdist worker, for the Cucumber JSON report."""
    data = yield
    context = test_report_context_registry.get(report)
    if data is not None and context is not None:
        data[BDD_CONTEXT_KEY] = {"scenario": context.scenario, "name": context.name}
    return data


@pytest.hookimpl(wrapper=True)
def pytest_report_from_serializable(config: pytest.Config, data: dict):
    """Register a worker's scenario record for the rebuilt report on the xdist controller."""
    context = data.pop(BDD_CONTEXT_KEY, None)
    report = yield
    if context is not None and report is not None:
        test_report_context_registry[report] = ReportContext(**context)
    return report


@dataclass
class Failure:
    scenario: str  # the scenario's name, with the Examples row's id of an outline
    error: str


def first_error_line(report: pytest.TestReport) -> str:
    crash = getattr(report.longrepr, "reprcrash", None)
    text = crash.message if crash is not None else str(report.longrepr)
    line = text.strip().splitlines()[0] if text.strip() else "no error message"
    return line if len(line) <= MAX_ERROR_LENGTH else line[: MAX_ERROR_LENGTH - 3] + "..."


def scenario_title(report: pytest.TestReport) -> str:
    name = dict(report.user_properties).get("scenario", report.nodeid)
    _, bracket, example = report.nodeid.partition("[")
    return f"{name} [{example}" if bracket else name


def skip_reason(report: pytest.TestReport) -> str:
    if isinstance(report.longrepr, tuple):
        return report.longrepr[2].removeprefix("Skipped: ")
    return str(report.longrepr)


class Summary:
    """Outcomes of the run's scenarios, counted per feature, per profile and per tag."""

    def __init__(self) -> None:
        self.by_feature: dict[str, Counter] = defaultdict(Counter)
        self.by_profile: dict[str, Counter] = defaultdict(Counter)
        self.by_tag: dict[str, Counter] = defaultdict(Counter)
        self.failures: dict[str, list[Failure]] = defaultdict(list)
        self.skip_reasons: dict[str, Counter] = defaultdict(Counter)

    def add(self, report: pytest.TestReport) -> None:
        properties = dict(report.user_properties)
        feature = properties.get("feature")
        if feature is None:
            return
        outcome = report.outcome
        tags = properties.get("tags", "").split()
        self.by_feature[feature][outcome] += 1
        profile = "stricter rules" if "beyond_original" in tags else "original behaviour"
        self.by_profile[profile][outcome] += 1
        for tag in tags:
            self.by_tag[tag][outcome] += 1

        if outcome == "failed":
            failure = Failure(scenario_title(report), first_error_line(report))
            self.failures[feature].append(failure)
        elif outcome == "skipped":
            self.skip_reasons[feature][skip_reason(report)] += 1

    def total(self) -> Counter:
        return sum(self.by_feature.values(), Counter())


summary = Summary()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    # A scenario counts once: its call phase, or the phase that failed or skipped it.
    if report.when == "call" or (report.when == "setup" and report.outcome != "passed"):
        summary.add(report)
    elif report.when == "teardown" and report.outcome == "failed":
        summary.add(report)


def format_counts(counts: Counter) -> str:
    return "  ".join(f"{counts[outcome]:3d} {outcome}" for outcome in OUTCOMES)


def write_features(terminalreporter) -> None:
    write = terminalreporter.write_line
    width = max(len(name) for name in summary.by_feature)
    indent = " " * (width + 4)

    terminalreporter.section("specification summary per feature")
    for feature in sorted(summary.by_feature):
        write(f"{feature:<{width}}  {format_counts(summary.by_feature[feature])}")
        for failure in summary.failures[feature]:
            write(f"{indent}failed: {failure.scenario}")
            write(f"{indent}  {failure.error}")
        for reason, count in summary.skip_reasons[feature].items():
            write(f"{indent}skipped {count}: {reason}")


def write_profiles(terminalreporter) -> None:
    terminalreporter.section("specification summary per profile")
    width = max(len(name) for name in PROFILES)
    for profile, expression in PROFILES.items():
        counts = format_counts(summary.by_profile[profile])
        terminalreporter.write_line(f"{profile:<{width}}  {counts}   (-m \"{expression}\")")


def write_tags(terminalreporter) -> None:
    terminalreporter.section("specification summary per tag")
    width = max(len(tag) for tag in summary.by_tag)
    for tag in sorted(summary.by_tag, key=lambda tag: (tag not in NEED_TAGS, tag)):
        terminalreporter.write_line(f"@{tag:<{width}}  {format_counts(summary.by_tag[tag])}")


def write_verdict(terminalreporter) -> None:
    total = summary.total()
    failing = sorted(feature for feature, counts in summary.by_feature.items() if counts["failed"])
    verdict = (
        f"{total['passed']} passed, {total['failed']} failed, {total['skipped']} skipped"
        f" of {sum(total.values())} scenarios"
    )
    if failing:
        verdict += f"; features with failures: {', '.join(failing)}"
    # Collection errors and fixture errors outside a scenario's phases appear only here.
    errors = len(terminalreporter.stats.get("error", []))
    if errors:
        verdict += f"; {errors} errors outside the scenarios, listed under ERRORS above"
    red = bool(failing or errors)
    terminalreporter.write_line(f"specification verdict: {verdict}", bold=True, red=red)


def pytest_terminal_summary(terminalreporter) -> None:
    if not summary.by_feature:
        return
    write_features(terminalreporter)
    write_profiles(terminalreporter)
    write_tags(terminalreporter)
    write_verdict(terminalreporter)
