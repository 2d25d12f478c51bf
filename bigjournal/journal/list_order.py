"""The order a long list is read in, chosen by its column headings (issue 15).

The paged lists (:mod:`bigjournal.journal.browse`) read a page at a time with keyset
cursors, so a chosen order must be the database's: the cursor is then (the sort
column's value, id) of the last row shown, and the next page starts after it in
that order. Ties are broken by id, in the same direction. Blank values (a promise with
no due date, a contact who has not left) come after all the others in either
direction: the first pages read the column's values, the last ones the blanks by id.

Texts are compared byte by byte on both databases (:class:`binary`): a name by its
stored sort key (:mod:`bigjournal.model.collation`), other texts folded to lower case
by the database, the cursor's value folded by the same database function.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, bindparam, func, literal, tuple_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import GenericFunction
from sqlalchemy.types import String


@dataclass(frozen=True, slots=True)
class ListOrder:
    """A list's order: the name of the column it is sorted by, and which way."""

    column: str
    descending: bool = False


#: A column a list sorts by: a Core expression, or an entity's attribute as it is.
Sortable = ColumnElement[Any] | QueryableAttribute[Any]


@dataclass(frozen=True)
class SortColumn:
    """How a list sorts by one of its columns: the SQL value, the same value taken from
    a row (for the cursor), whether it is text to fold to lower case, whether it may
    be blank."""

    sql: Sortable
    value: Callable[[Any], Any]
    fold: bool = False
    nullable: bool = False

    def ordered(self) -> Sortable:
        """The expression the list is ordered by."""
        return self._as_ordered(self.sql)

    def compared(self, value: Any) -> Sortable:
        """A cursor's value as the database orders it (folded by the same function)."""
        given = value if isinstance(value, ColumnElement) else literal(value, self.sql.type)
        return self._as_ordered(given)

    def _as_ordered(self, expression: Sortable) -> Sortable:
        if self.fold:
            return binary(func.lower(expression))
        if isinstance(self.sql.type, String):
            return binary(expression)
        return expression  # dates and numbers need no collation


class binary(GenericFunction[Any]):
    """Its argument, compared byte by byte: ``COLLATE "C"`` on PostgreSQL (whose default
    collation orders by the server's locale), as it is (BINARY) on SQLite."""

    inherit_cache = True
    type = String()


@compiles(binary)
def _binary_default(element: binary, compiler: SQLCompiler, **kw: Any) -> str:
    return compiler.process(element.clauses, **kw)


@compiles(binary, "postgresql")
def _binary_postgresql(element: binary, compiler: SQLCompiler, **kw: Any) -> str:
    return f'({compiler.process(element.clauses, **kw)}) COLLATE "C"'


Cursor = tuple[Any, int]


def cursor_of(row: Any, column: SortColumn, row_id: Callable[[Any], int]) -> Cursor:
    return (column.value(row), row_id(row))


def keyset_page(
    run: Callable[[Select[Any]], list[Any]],
    query: Select[Any],
    column: SortColumn,
    id_column: Sortable,
    *,
    descending: bool,
    after: Cursor | None,
    limit: int,
) -> list[Any]:
    """The page of ``query`` after ``after`` in this column's order (``run`` reads it).

    Two statements at most: the page's values, then (for a column that may be blank,
    when the values ran out) the blanks by id. Values go as literals: these lists'
    statements are built per page (see :func:`keyset_condition` for a cached one).
    """
    rows: list[Any] = []
    ordered = column.ordered()
    in_values = after is None or after[0] is not None
    if in_values:
        values = query.where(ordered.is_not(None)) if column.nullable else query
        if after is not None:
            values = values.where(keyset_condition(column, id_column, after, descending))
        rows.extend(run(values.order_by(*_directions(ordered, id_column, descending)).limit(limit)))
    if column.nullable and len(rows) < limit:
        blanks = query.where(ordered.is_(None))
        if after is not None and after[0] is None:
            blanks = blanks.where(id_column < after[1] if descending else id_column > after[1])
        order = id_column.desc() if descending else id_column
        rows.extend(run(blanks.order_by(order).limit(limit - len(rows))))
    return rows


def keyset_condition(
    column: SortColumn, id_column: Sortable, after: Cursor, descending: bool
) -> ColumnElement[bool]:
    """Rows after ``after``: one row-value comparison, which walks an index on
    (column, id) on both databases."""
    value, last_id = after
    here = tuple_(column.ordered(), id_column)
    there = tuple_(column.compared(value), literal(last_id))
    return here < there if descending else here > there


def bound_keyset_condition(
    column: SortColumn, id_column: Sortable, descending: bool
) -> ColumnElement[bool]:
    """:func:`keyset_condition` with the cursor as parameters ``after_value`` and
    ``after_id``, for statements built once."""
    here = tuple_(column.ordered(), id_column)
    value = bindparam("after_value", type_=column.sql.type)
    there = tuple_(column.compared(value), bindparam("after_id"))
    return and_(here < there) if descending else and_(here > there)


def _directions(ordered: Sortable, id_column: Sortable, descending: bool) -> Sequence[Sortable]:
    if descending:
        return (ordered.desc(), id_column.desc())
    return (ordered, id_column)


def directions(column: SortColumn, id_column: Sortable, descending: bool) -> Sequence[Sortable]:
    """The ORDER BY of a list sorted by ``column``, ties by id the same way."""
    return _directions(column.ordered(), id_column, descending)
