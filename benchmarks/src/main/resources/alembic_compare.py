"""Alembic's side of the compare scenario: the model of the N benchmark entities as SQLAlchemy
metadata, compared with a live PostgreSQL database by alembic.autogenerate.compare_metadata, the
engine behind `alembic revision --autogenerate` (which reflects the whole database).

Usage: python3 alembic_compare.py --url postgresql://user@host:port/db --n N
Prints one line: BENCH-RESULT millis=<ms> heapMib=-1 detail=differences=<count>
Timed from the first import on, as the Java probes time their tools' class loading.
"""
import time

started = time.perf_counter()

import argparse  # noqa: E402
import sys  # noqa: E402
import threading  # noqa: E402

from alembic.autogenerate import compare_metadata  # noqa: E402
from alembic.migration import MigrationContext  # noqa: E402
from sqlalchemy import (  # noqa: E402
    BigInteger, Boolean, CheckConstraint, Column, Date, ForeignKey, Identity, Index, Integer, MetaData,
    Table, UniqueConstraint, create_engine)
from sqlalchemy.dialects.postgresql import DOUBLE_PRECISION, NUMERIC, TIMESTAMP, UUID, VARCHAR  # noqa: E402


def model(n):
    metadata = MetaData()
    for i in range(1, n + 1):
        name = "entity_%04d" % i
        columns = [
            Column("id", BigInteger, Identity(always=False), primary_key=True),
            Column("version", BigInteger, nullable=False),
            Column("name", VARCHAR(120), nullable=False),
            Column("code", VARCHAR(40), nullable=False),
            Column("description", VARCHAR(2000)),
            Column("quantity", Integer, nullable=False),
            Column("weight", DOUBLE_PRECISION),
            Column("price", NUMERIC(12, 2)),
            Column("active", Boolean, nullable=False),
            Column("starts_on", Date),
            Column("created_at", TIMESTAMP(timezone=False, precision=6), nullable=False),
            Column("updated_at", TIMESTAMP(timezone=True, precision=6)),
            Column("external_id", UUID),
            Column("status", VARCHAR(16)),
        ]
        if i > 1:
            columns.append(Column("previous_id", BigInteger, ForeignKey("entity_%04d.id" % (i - 1))))
        Table(name, metadata, *columns,
              UniqueConstraint("code", name=name + "_code_key"),
              CheckConstraint("status in ('DRAFT','ACTIVE','RETIRED')", name=name + "_status_check"),
              Index("ix_%s_created_at" % name, "created_at"))
    return metadata


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--url", required=True)
    parser.add_argument("--n", type=int, required=True)
    args = parser.parse_args()
    metadata = model(args.n)
    engine = create_engine(args.url.replace("postgresql://", "postgresql+psycopg2://", 1))
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={
            "compare_type": True,
            # Retort's own history table is not part of the model.
            "include_name": lambda name, kind, parent: not (kind == "table" and name == "retort_history"),
        })
        differences = compare_metadata(context, metadata)
    millis = (time.perf_counter() - started) * 1000
    print("BENCH-RESULT millis=%.3f heapMib=-1 detail=differences=%d" % (millis, len(differences)))
    for difference in differences[:20]:
        print("difference:", difference)


if __name__ == "__main__":
    # SQLAlchemy reflects a foreign key's target table recursively, and every entity refers to the one
    # before it: a chain of N tables needs a deep Python stack, so the comparison runs in a thread with one.
    sys.setrecursionlimit(1000000)
    threading.stack_size(1024 * 1024 * 1024)
    worker = threading.Thread(target=main)
    worker.start()
    worker.join()
