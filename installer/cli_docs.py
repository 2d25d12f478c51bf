"""Make the man page and the bash completion of ``bigjournal`` from its argument parser.

Both are generated at build time from :func:`bigjournal.cli.build_parser`, so a new
command or option appears in them without anyone remembering to write it down:

    python installer/cli_docs.py OUTPUT_FOLDER
    → OUTPUT_FOLDER/man/man1/bigjournal.1
      OUTPUT_FOLDER/bash-completion/completions/bigjournal

(the layout under ``share/``, so build.sh copies the folder into the tarball and
install.sh into ``~/.local/share``: man and bash-completion look there.) The date on
the man page is ``SOURCE_DATE_EPOCH``'s, for reproducible builds.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from bigjournal import APP_NAME, __version__
from bigjournal.cli import build_parser

PROGRAM = "bigjournal"
MAN_PAGE = Path("man") / "man1" / f"{PROGRAM}.1"
COMPLETION = Path("bash-completion") / "completions" / PROGRAM
FILE_WORDS = ("FILE", "PATH", "DIR", "FOLDER")
ENVIRONMENT = {
    "BIGJOURNAL_JOURNAL": "the journal to use when --journal is not given",
    "BIGJOURNAL_PASSPHRASE": "the passphrase of a successor archive (export, import), "
    "instead of typing it or --passphrase-file",
    "BIGJOURNAL_LOG_FILE": "the desktop app writes what it does at start-up to this file",
}


@dataclass
class Command:
    """One command (or the program itself) as the parser defines it."""

    path: list[str]
    parser: argparse.ArgumentParser
    help: str = ""
    children: list[Command] = field(default_factory=list)

    @property
    def name(self) -> str:
        return " ".join([PROGRAM, *self.path])

    @property
    def options(self) -> list[argparse.Action]:
        return [a for a in self.parser._actions if a.option_strings and a.help != argparse.SUPPRESS]

    @property
    def positionals(self) -> list[argparse.Action]:
        return [
            a
            for a in self.parser._actions
            if not a.option_strings and not isinstance(a, argparse._SubParsersAction)
        ]

    def walk(self) -> Iterator[Command]:
        yield self
        for child in self.children:
            yield from child.walk()


def command_tree(parser: argparse.ArgumentParser, path: list[str] | None = None) -> Command:
    command = Command(path or [], parser)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {choice.dest: choice.help or "" for choice in action._choices_actions}
            for name, child in action.choices.items():
                sub = command_tree(child, [*command.path, name])
                sub.help = helps.get(name, "")
                command.children.append(sub)
    return command


def takes_value(action: argparse.Action) -> bool:
    return action.nargs != 0


def takes_file(action: argparse.Action) -> bool:
    label = str(action.metavar or action.dest).upper()
    return action.type is Path or any(word in label for word in FILE_WORDS)


def help_text(parser: argparse.ArgumentParser, action: argparse.Action) -> str:
    if not action.help:
        return ""
    return parser._get_formatter()._expand_help(action)


# --- the man page ---------------------------------------------------------------------


def roff(text: str) -> str:
    """Plain text as roff: backslashes and hyphens escaped, no line starting a request."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    text = "".join(c if ord(c) < 128 else f"\\[u{ord(c):04X}]" for c in text)
    lines = [("\\&" + line) if line[:1] in ".'" else line for line in text.splitlines()]
    return "\n".join(lines)


def option_label(parser: argparse.ArgumentParser, action: argparse.Action) -> str:
    names = ", ".join(f"\\fB{roff(name)}\\fR" for name in action.option_strings)
    if takes_value(action):
        metavar = parser._get_formatter()._format_args(action, action.dest.upper())
        names += f" \\fI{roff(metavar)}\\fR"
    return names


def usage(command: Command) -> str:
    text = " ".join(command.parser.format_usage().split())
    return text.removeprefix("usage: ")


def man_page(root: Command, when: time.struct_time) -> str:
    description = root.parser.description or ""
    lines = [
        f'.TH {PROGRAM.upper()} 1 "{time.strftime("%Y-%m-%d", when)}" '
        f'"{APP_NAME} {__version__}" "User Commands"',
        ".SH NAME",
        f"{PROGRAM} \\- {roff(description.split(': ', 1)[-1].split('. ')[0])}",
        ".SH SYNOPSIS",
        f".B {PROGRAM}",
        "[\\fIOPTIONS\\fR] [\\fIARCHIVE\\fR.bigjournal]",
        ".br",
        f".B {PROGRAM}",
        "[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIARGUMENTS\\fR]",
        ".SH DESCRIPTION",
        roff(description),
        ".PP",
        "Given a successor archive alone (as the file manager does on a double-click), "
        "it opens the app and offers to import it; if the app is already open on that "
        "journal, that window takes the archive instead.",
        ".SH OPTIONS",
    ]
    for action in root.options:
        lines += [".TP", option_label(root.parser, action), roff(help_text(root.parser, action))]
    lines.append(".SH COMMANDS")
    for command in root.walk():
        if not command.path:
            continue
        lines += [f'.SS "{roff(command.name)}"', roff(command.help) or "", ".PP"]
        lines += [f".B {roff(usage(command))}", ".PP"]
        if command.parser.description and command.parser.description != command.help:
            lines += [roff(command.parser.description), ".PP"]
        for action in command.positionals:
            label = f"\\fI{roff(str(action.metavar or action.dest))}\\fR"
            lines += [".TP", label, roff(help_text(command.parser, action))]
        for action in command.options:
            if action.dest in {"help", "journal", "json"}:
                continue  # the same everywhere: under OPTIONS above
            lines += [
                ".TP",
                option_label(command.parser, action),
                roff(help_text(command.parser, action)),
            ]
    lines.append(".SH ENVIRONMENT")
    for name, meaning in ENVIRONMENT.items():
        lines += [".TP", f"\\fB{roff(name)}\\fR", roff(meaning)]
    lines += [
        ".SH FILES",
        ".TP",
        "\\fI~/.local/share/bigjournal/journal.sqlite\\fR",
        "the journal when neither \\-\\-journal nor BIGJOURNAL_JOURNAL names one, with its "
        "backups beside it (the folder follows XDG_DATA_HOME).",
        ".SH LICENCE",
        "GPL\\-3.0\\-or\\-later. This program comes with ABSOLUTELY NO WARRANTY. "
        "Help \\(-> About in the app shows the licence and the third\\-party notices.",
    ]
    return "\n".join(line for line in lines if line is not None) + "\n"


# --- bash completion -----------------------------------------------------------------


def bash_words(words: list[str]) -> str:
    return " ".join(words).replace("'", "")


def completion(root: Command) -> str:
    commands, options, values, files = [], [], [], []
    for command in root.walk():
        key = command.name  # "bigjournal org add" (bash has no empty keys)
        commands.append(f"  ['{key}']='{bash_words([c.path[-1] for c in command.children])}'")
        flags = [name for action in command.options for name in action.option_strings]
        options.append(f"  ['{key}']='{bash_words(flags)}'")
        for action in command.options:
            if not takes_value(action):
                continue
            kind = "file" if takes_file(action) else "word"
            choices = bash_words([str(c) for c in action.choices or []])
            for name in action.option_strings:
                values.append(f"  ['{key}|{name}']='{choices or kind}'")
        if any(takes_file(a) for a in command.positionals) or not command.path:
            files.append(f"  ['{key}']=1")
    return f"""# bash completion for {PROGRAM} {__version__}, generated by installer/cli_docs.py
# from its argument parser: do not edit.

declare -gA _bigjournal_commands=(
{chr(10).join(commands)}
)
declare -gA _bigjournal_options=(
{chr(10).join(options)}
)
# An option's value: a file, a free word, or the words it may be.
declare -gA _bigjournal_values=(
{chr(10).join(values)}
)
# Commands whose arguments are files (the program itself: a successor archive).
declare -gA _bigjournal_files=(
{chr(10).join(files)}
)

_bigjournal() {{
  local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}}
  local path={PROGRAM} word i skip=0 children
  for ((i = 1; i < COMP_CWORD; i++)); do
    word=${{COMP_WORDS[i]}}
    if ((skip)); then skip=0; continue; fi
    if [[ $word == -* ]]; then
      [[ -n ${{_bigjournal_values["$path|$word"]+set}} && $word != *=* ]] && skip=1
      continue
    fi
    children=" ${{_bigjournal_commands[$path]}} "
    if [[ $children == *" $word "* ]]; then
      path="$path $word"
    fi
  done
  COMPREPLY=()
  local value=${{_bigjournal_values["$path|$prev"]-}}
  if [[ -n $value ]]; then
    case $value in
      file) COMPREPLY=($(compgen -f -- "$cur")); compopt -o filenames 2>/dev/null ;;
      word) ;;
      *) COMPREPLY=($(compgen -W "$value" -- "$cur")) ;;
    esac
    return 0
  fi
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "${{_bigjournal_options[$path]}}" -- "$cur"))
    return 0
  fi
  COMPREPLY=($(compgen -W "${{_bigjournal_commands[$path]}}" -- "$cur"))
  if [[ -n ${{_bigjournal_files[$path]+set}} ]]; then
    COMPREPLY+=($(compgen -f -- "$cur"))
    compopt -o filenames 2>/dev/null
  fi
  return 0
}}
complete -F _bigjournal {PROGRAM}
"""


def write(folder: Path) -> list[Path]:
    root = command_tree(build_parser())
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH") or time.time())
    outputs = {
        folder / MAN_PAGE: man_page(root, time.gmtime(epoch)),
        folder / COMPLETION: completion(root),
    }
    for path, text in outputs.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return list(outputs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="where man/ and bash-completion/ go")
    args = parser.parse_args(argv)
    for path in write(args.folder):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
