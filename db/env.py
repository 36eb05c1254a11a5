"""Alembic environment for wagecase.

The app runs migrations through wagecase.storage.migrations, which hands over an open
connection (already inside the one transaction of the upgrade, with the app's SQLite pragmas)
in ``config.attributes["connection"]``. Developers autogenerating a revision may instead set
``sqlalchemy.url`` on the Config; the engine is then built by the app's own make_engine.
"""
from __future__ import annotations

from alembic import context

from wagecase.storage.models import Base

config = context.config
target_metadata = Base.metadata

_OPTIONS = dict(
    target_metadata=target_metadata,
    # SQLite cannot ALTER most things: batch mode copies the table instead.
    render_as_batch=True,
    compare_type=True,
)


def run_offline() -> None:
    context.configure(url=config.get_main_option("sqlalchemy.url"), literal_binds=True, **_OPTIONS)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, **_OPTIONS)
        with context.begin_transaction():
            context.run_migrations()
        return

    from wagecase.storage.engine import make_engine

    engine = make_engine(config.get_main_option("sqlalchemy.url"))
    try:
        with engine.begin() as conn:
            context.configure(connection=conn, **_OPTIONS)
            with context.begin_transaction():
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
