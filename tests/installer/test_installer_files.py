"""The installer's platform files agree with the app and with each other.

Quick checks that run in every test run; the frozen build itself is in
test_frozen_build.py (opt-in, it takes minutes).
"""

from __future__ import annotations

import ast
import configparser
import os
import re
import shutil
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

import bigjournal
from bigjournal.exchange import ARCHIVE_SUFFIX

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
LINUX = INSTALLER / "linux"
APP_ID = "org.bigjournal.BigJournal"
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME_XML = LINUX / f"{APP_ID}-mime.xml"
SPEC = INSTALLER / "bigjournal.spec"
ISS = INSTALLER / "windows" / "bigjournal.iss"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return parser["Desktop Entry"]


def archive_mime_type() -> str:
    mime_type = ElementTree.parse(MIME_XML).getroot().find(f"{MIME_NS}mime-type")
    assert mime_type is not None
    return mime_type.attrib["type"]


def spec_constant(name: str) -> object:
    """A literal assigned at the top of the spec (it only runs inside PyInstaller)."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(
            isinstance(target, ast.Name) and target.id == name for target in node.targets
        ):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not set in {SPEC.name}")


def test_desktop_file_is_valid() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Exec"].split()[0] == "bigjournal"
    assert entry["Icon"] == APP_ID
    assert archive_mime_type() in entry["MimeType"].split(";")
    validator = shutil.which("desktop-file-validate")
    if validator is None:
        pytest.skip("desktop-file-validate is not installed (Debian: desktop-file-utils)")
    result = subprocess.run([validator, str(DESKTOP_FILE)], capture_output=True, text=True)
    assert result.returncode == 0 and not result.stdout.strip(), result.stdout


def test_metainfo_describes_this_release_and_its_desktop_file() -> None:
    component = ElementTree.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.findtext("launchable") == DESKTOP_FILE.name
    assert component.findtext("provides/binary") == "bigjournal"
    assert component.findtext("provides/mediatype") == archive_mime_type()
    versions = [release.attrib["version"] for release in component.iter("release")]
    assert bigjournal.__version__ in versions, "add this version to <releases> in the metainfo"
    validator = shutil.which("appstreamcli")
    if validator is not None:
        result = subprocess.run(
            [validator, "validate", "--no-net", str(METAINFO)], capture_output=True, text=True
        )
        assert result.returncode == 0, result.stdout


def test_archive_file_type_is_the_successor_archive_suffix() -> None:
    mime_info = ElementTree.parse(MIME_XML).getroot()
    globs = [glob.attrib["pattern"] for glob in mime_info.iter(f"{MIME_NS}glob")]
    assert globs == [f"*{ARCHIVE_SUFFIX}"]
    assert spec_constant("ARCHIVE_EXTENSION") == ARCHIVE_SUFFIX.lstrip(".")
    assert re.search(rf'#define ArchiveExt "{re.escape(ARCHIVE_SUFFIX)}"', ISS.read_text())


def test_spec_collects_folders_that_exist() -> None:
    data_packages = spec_constant("DATA_PACKAGES")
    assert isinstance(data_packages, dict) and data_packages
    package_root = Path(bigjournal.__file__).parent
    for package, folder in data_packages.items():
        path = package_root / folder
        assert package == "bigjournal." + folder.replace("/", "."), package
        assert path.is_dir() and any(path.iterdir()), f"{path} is missing or empty"
    migrations = package_root / "store" / "migrations"
    assert "store/migrations" in data_packages.values()
    assert (migrations / "env.py").is_file() and list((migrations / "versions").glob("*.py"))
    assert spec_constant("BUNDLE_ID") == APP_ID
    assert (INSTALLER / "entry.py").is_file()
    assert (ROOT / "resources" / "icons" / "bigjournal-256.png").is_file()  # icons' source


def test_windows_installer_matches_the_build_and_keeps_journals() -> None:
    script = ISS.read_text(encoding="utf-8")
    assert '#define AppExe "BigJournal.exe"' in script  # the spec's windowed executable
    assert r'Source: "..\..\dist\bigjournal\*"' in script  # the spec's COLLECT folder
    # The set-up icon is the one the spec makes from the committed PNGs.
    assert r"SetupIconFile=..\..\build\icons\bigjournal.ico" in script
    assert r"{group}\{#AppName}" in script  # the Start-menu entry
    # The uninstaller removes only what it installed: never the journals' folder.
    sections = [line.strip() for line in script.splitlines() if line.startswith("[")]
    assert "[UninstallDelete]" not in sections and "[UninstallRun]" not in sections
    code = [line for line in script.splitlines() if not line.lstrip().startswith(";")]
    assert not any("localappdata" in line.lower() for line in code)


LOCKS = {
    "linux": INSTALLER / "requirements-build.txt",
    "windows": INSTALLER / "requirements-build-windows.txt",
    "macos": INSTALLER / "requirements-build-macos.txt",
}


def pinned_versions(lock: Path) -> dict[str, str]:
    """name → version of a hashed lock, failing on any line without a hash."""
    text = lock.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    requirements = re.split(r"\n(?=[A-Za-z])", "\n".join(lines).strip())
    pinned = {}
    for requirement in requirements:
        name, _, rest = requirement.partition("==")
        assert rest and "--hash=sha256:" in rest, f"{lock.name}: not hashed: {requirement[:60]}"
        pinned[name.strip().lower()] = rest.split()[0]
    return pinned


def normalise(requirement: str) -> str:
    return re.split(r"[\[<>=!~ ;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_build_requirements_are_pinned_with_hashes_for_every_platform() -> None:
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    locks = {platform: pinned_versions(lock) for platform, lock in LOCKS.items()}
    for platform, pinned in locks.items():
        for dependency in pyproject["project"]["dependencies"]:
            assert normalise(dependency) in pinned, f"{dependency} is not in the {platform} lock"
        assert "pyinstaller" in pinned and "setuptools" in pinned
        assert "installer/lock.sh" in LOCKS[platform].read_text(encoding="utf-8")[:200]
    # What each platform alone needs, and nothing of another's.
    assert {"pywin32-ctypes", "pefile", "tzdata"} <= set(locks["windows"])
    assert "macholib" in locks["macos"]
    assert "pywin32-ctypes" not in locks["linux"] and "macholib" not in locks["windows"]
    assert {"secretstorage", "jeepney"} <= set(locks["linux"]) - set(locks["macos"])
    # One set of releases: a package every platform uses is the same version on each.
    shared = set(locks["linux"]) & set(locks["windows"]) & set(locks["macos"])
    assert len(shared) > 25
    for name in shared:
        assert locks["linux"][name] == locks["windows"][name] == locks["macos"][name], name


def test_each_build_script_installs_its_own_platform_lock() -> None:
    scripts = {
        "linux": INSTALLER / "build.sh",
        "windows": INSTALLER / "windows" / "build.ps1",
        "macos": INSTALLER / "macos" / "build.sh",
    }
    for platform, script in scripts.items():
        text = script.read_text(encoding="utf-8").replace("\\", "/")
        assert (
            f"--require-hashes --only-binary :all: -r installer/{LOCKS[platform].name}"
            in " ".join(text.replace('"', "").replace(",", "").split())
        ), script.name
        assert "third_party_notices.py" in text and "--bundle" in text, script.name
    readme = (INSTALLER / "README.md").read_text(encoding="utf-8")
    for lock in LOCKS.values():
        assert lock.name in readme
    assert "installer/lock.sh" in readme


@pytest.mark.slow
def test_the_locks_are_what_lock_sh_makes_now() -> None:
    """Resolves all three platforms from PyPI with uv (skipped without uv or a network)."""
    uv = shutil.which("uv") or shutil.which("uv", path=str(Path(sys.executable).parent))
    if uv is None:
        pytest.skip("uv is not installed (pip install uv)")
    result = subprocess.run(
        [str(INSTALLER / "lock.sh"), "--check"],
        capture_output=True,
        text=True,
        env={**os.environ, "UV": uv},
        timeout=600,
    )
    if "Failed to fetch" in result.stderr or "dns error" in result.stderr:
        pytest.skip("no network to reach PyPI")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def iss_sections() -> dict[str, list[str]]:
    """The Inno Setup script's sections: their lines, comments left out."""
    sections: dict[str, list[str]] = {}
    current = ""
    for line in ISS.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(";"):
            continue
        if re.fullmatch(r"\[\w+\]", stripped):
            current = stripped[1:-1]
            sections[current] = []
        elif current:
            sections[current].append(stripped)
    return sections


def test_windows_installer_is_64_bit_versioned_cleans_upgrades_and_offers_path() -> None:
    sections = iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"] if "=" in line)
    assert setup["ArchitecturesInstallIn64BitMode"] == "x64compatible"
    assert setup["ArchitecturesAllowed"] == "x64compatible"
    assert setup["VersionInfoVersion"] == "{#AppVersion}" == setup["AppVersion"]
    assert f'#define AppVersion "{bigjournal.__version__}"' in ISS.read_text(encoding="utf-8")
    assert setup["ChangesEnvironment"] == "yes"
    assert (ISS.parent / setup["LicenseFile"].replace("\\", "/")).resolve() == ROOT / "LICENSE"
    # An upgrade removes the old version's libraries before copying the new ones.
    assert 'Type: filesandordirs; Name: "{app}\\_internal"' in sections["InstallDelete"]
    # The command on PATH: an unticked task, a shim for the spec's console executable.
    task = next(line for line in sections["Tasks"] if line.startswith('Name: "addtopath"'))
    assert "Flags: unchecked" in task
    assert any(
        'Source: "bigjournal.cmd"; DestDir: "{app}\\bin"' in line for line in sections["Files"]
    )
    shim = (ISS.parent / "bigjournal.cmd").read_text(encoding="utf-8")
    assert '"%~dp0..\\bigjournal-cli.exe" %*' in shim and "exit /b %ERRORLEVEL%" in shim
    assert 'name="bigjournal-cli"' in SPEC.read_text(encoding="utf-8")
    code = "\n".join(sections["Code"])
    assert "if WizardIsTaskSelected('addtopath') then\nAddCommandToPath" in code
    assert "usPostUninstall then\nRemoveCommandFromPath" in code
    assert "HKEY_CURRENT_USER" in code and "Session Manager\\Environment" in code


def spec_call_keywords(function: str) -> list[dict[str, ast.expr]]:
    """The keyword arguments of every call to ``function`` in the spec."""
    calls = []
    for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == function:
            calls.append({keyword.arg: keyword.value for keyword in node.keywords if keyword.arg})
    return calls


def test_macos_bundle_states_the_wheels_minimum_and_passes_finder_files_to_qt() -> None:
    minimum = spec_constant("MACOS_MINIMUM")
    assert minimum == "13.0"  # PySide6 6.11: no wheels for macOS 11 or 12
    assert f"MACOSX_DEPLOYMENT_TARGET={minimum} compile aarch64-apple-darwin" in (
        INSTALLER / "lock.sh"
    ).read_text(encoding="utf-8")
    assert f'[ "$minimum" = "{minimum}" ]' in (INSTALLER / "macos" / "build.sh").read_text()
    (bundle,) = spec_call_keywords("BUNDLE")
    plist = bundle["info_plist"]
    assert isinstance(plist, ast.Dict)
    entries = {ast.literal_eval(k): v for k, v in zip(plist.keys, plist.values, strict=True) if k}
    assert isinstance(entries["LSMinimumSystemVersion"], ast.Name)
    assert entries["LSMinimumSystemVersion"].id == "MACOS_MINIMUM"
    assert "CFBundleDocumentTypes" in entries
    # Without argv emulation the Apple event reaches Qt as a QFileOpenEvent.
    main_executable = spec_call_keywords("EXE")[0]
    assert ast.literal_eval(main_executable["argv_emulation"]) is False
    # The local socket that hands a second launch's file over needs QtNetwork.
    assert "PySide6.QtNetwork" not in spec_constant("excludes")  # type: ignore[operator]
    for executable in spec_call_keywords("EXE"):
        assert "windows_version_info" in ast.unparse(executable["version"])


def test_scripts_are_executable_and_parse() -> None:
    for script, shell in ((INSTALLER / "build.sh", "bash"), (LINUX / "install.sh", "sh")):
        assert script.stat().st_mode & 0o111, f"{script.name} is not executable"
        subprocess.run([shell, "-n", str(script)], check=True)


def desktop_exec_arguments(value: str) -> list[str]:
    """Split an installed Exec= value as a desktop does (Desktop Entry spec, "Exec key")."""
    unescaped = re.sub(r"\\(.)", lambda m: {"s": " ", "n": "\n", "t": "\t"}.get(m[1], m[1]), value)
    arguments, current, quoted, index = [], "", False, 0
    while index < len(unescaped):
        char = unescaped[index]
        if quoted and char == "\\" and index + 1 < len(unescaped):
            current, index = current + unescaped[index + 1], index + 2
            continue
        if char == '"':
            quoted = not quoted
        elif char == " " and not quoted:
            if current:
                arguments.append(current)
            current = ""
        else:
            current += char
        index += 1
    arguments = [*arguments, current] if current else arguments
    # Field codes (%f) stay for the caller; "%%" is a literal percent sign.
    return [a if re.fullmatch(r"%[fFuU]", a) else a.replace("%%", "%") for a in arguments]


def staged_tarball(root: Path) -> Path:
    """The tarball's layout (as build.sh packs it) around a stand-in program."""
    stage = root / "BigJournal-test"
    program = stage / "bigjournal" / "bigjournal"
    program.parent.mkdir(parents=True)
    program.write_text('#!/bin/sh\nprintf "%s\\n" "$@" >"$BIGJOURNAL_TEST_RAN"\n')
    program.chmod(0o755)
    share = stage / "share"
    for folder, source, name in (
        ("applications", DESKTOP_FILE, DESKTOP_FILE.name),
        ("metainfo", METAINFO, METAINFO.name),
        ("mime/packages", MIME_XML, f"{APP_ID}.xml"),
    ):
        (share / folder).mkdir(parents=True, exist_ok=True)
        shutil.copy(source, share / folder / name)
    icons = share / "icons" / "hicolor"
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(
        ROOT / "resources" / "icons" / "bigjournal.svg", icons / "scalable/apps" / f"{APP_ID}.svg"
    )
    for size in (16, 24, 32, 48, 64, 128, 256):
        (icons / f"{size}x{size}" / "apps").mkdir(parents=True)
        shutil.copy(
            ROOT / "resources" / "icons" / f"bigjournal-{size}.png",
            icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png",
        )
    shutil.copy(LINUX / "install.sh", stage / "install.sh")
    generator = subprocess.run(
        [sys.executable, str(INSTALLER / "cli_docs.py"), str(share)], capture_output=True, text=True
    )
    assert generator.returncode == 0, generator.stderr
    return stage


def test_install_sh_menu_entry_works_from_a_home_folder_with_spaces_and_quotes(
    tmp_path: Path,
) -> None:
    stage = staged_tarball(tmp_path / "unpacked here")
    home = tmp_path / 'Sam\'s "home" $HOME 100%'
    home.mkdir()
    environment = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    subprocess.run(
        ["sh", str(stage / "install.sh")], env=environment, check=True, capture_output=True
    )
    installed = home / ".local" / "share" / "applications" / DESKTOP_FILE.name
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # type: ignore[assignment,method-assign]
    parser.read(installed, encoding="utf-8")
    exec_value = parser["Desktop Entry"]["Exec"]
    program = home / ".local" / "lib" / "bigjournal" / "bigjournal"
    arguments = desktop_exec_arguments(exec_value)
    assert arguments == [str(program), "%f"], exec_value
    # Run it as the menu would, with a file that has a space in its name.
    ran = tmp_path / "ran.txt"
    archive = str(tmp_path / "a handover.bigjournal")
    subprocess.run(
        [arguments[0], archive], env={**environment, "BIGJOURNAL_TEST_RAN": str(ran)}, check=True
    )
    assert ran.read_text().splitlines() == [archive]
    assert (home / ".local" / "bin" / "bigjournal").resolve() == program
    man_page = home / ".local" / "share" / "man" / "man1" / "bigjournal.1"
    bash_completion = home / ".local" / "share" / "bash-completion" / "completions" / "bigjournal"
    assert man_page.read_text().startswith(".TH BIGJOURNAL 1")
    assert "complete -F _bigjournal bigjournal" in bash_completion.read_text()
    validator = shutil.which("desktop-file-validate")
    if validator is not None:
        result = subprocess.run([validator, str(installed)], capture_output=True, text=True)
        assert result.returncode == 0 and not result.stdout.strip(), result.stdout

    subprocess.run(
        ["sh", str(stage / "install.sh"), "--uninstall"],
        env=environment,
        check=True,
        capture_output=True,
    )
    assert not installed.exists() and not program.exists()
    assert not (home / ".local" / "bin" / "bigjournal").exists()
    assert not man_page.exists() and not bash_completion.exists()


def test_metainfo_has_home_page_developer_and_screenshots_that_exist() -> None:
    component = ElementTree.parse(METAINFO).getroot()
    assert component.findtext("url[@type='homepage']", "").startswith("https://")
    assert component.findtext("developer/name") == component.findtext("developer_name")
    images = [image.text or "" for image in component.iter("image")]
    assert images and all(image.startswith("https://") for image in images)
    defaults = [s for s in component.iter("screenshot") if s.get("type") == "default"]
    assert len(defaults) == 1
    for image in images:  # published from the project's own screenshots
        assert (ROOT / "docs" / "screenshots" / image.rsplit("/", 1)[1]).is_file(), image


def test_the_frozen_app_gives_the_programs_it_starts_the_system_library_path() -> None:
    namespace: dict[str, object] = {"__name__": "entry"}  # not "__main__": nothing runs
    exec(compile((INSTALLER / "entry.py").read_text(), "entry.py", "exec"), namespace)
    restore = namespace["give_children_the_system_library_path"]
    bundle = "/home/sam/.local/lib/bigjournal/_internal"
    environment = {
        "LD_LIBRARY_PATH": f"{bundle}:/opt/site/lib",
        "LD_LIBRARY_PATH_ORIG": "/opt/site/lib",
    }
    restore(environment)  # type: ignore[operator]
    assert environment == {"LD_LIBRARY_PATH": "/opt/site/lib"}
    environment = {"LD_LIBRARY_PATH": bundle, "PATH": "/usr/bin"}  # none before the app
    restore(environment)  # type: ignore[operator]
    assert environment == {"PATH": "/usr/bin"}
