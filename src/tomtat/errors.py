"""tomtat's own exception types, each with a message that names what is wrong and where."""

from __future__ import annotations


class TomtatError(Exception):
    """Base class of every error tomtat raises on purpose."""

    exit_code = 1


class InputError(TomtatError):
    """An input (file, line, record) cannot be used; ``where`` names it."""

    def __init__(self, message: str, *, where: str | None = None, line: int | None = None):
        self.message = message
        self.where = where
        self.line = line
        super().__init__(self.__str__())

    def __str__(self) -> str:
        place = self.where or ""
        if self.line is not None:
            place = f"{place}:{self.line}" if place else f"line {self.line}"
        return f"{place}: {self.message}" if place else self.message


class UsageError(TomtatError):
    """The caller asked for something that cannot be done (bad option, bad path)."""

    exit_code = 2
