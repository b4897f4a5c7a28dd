// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "DataCheck.h"
#include "auth/Actor.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QStringList>

#include <functional>

namespace Club::Core {

struct StoreMoveTable
{
    QString name;
    qint64 rows = 0;   // in this desk's store (the snapshot, once the move has begun)
    qint64 copied = 0; // already in the central database
    bool done = false;
};

// What a dry run found. Nothing was written anywhere.
struct StoreMovePlan
{
    bool resuming = false;      // an interrupted move into this database goes on where it stopped
    bool schemaToCreate = false; // the central database is empty: its tables are made first
    int schemaVersion = 0;
    QList<StoreMoveTable> tables;
    qint64 totalRows = 0;
    QStringList problems; // each one stops the move, in plain words
    bool ok() const { return problems.isEmpty(); }
};

// The end of a move (or of a stopped one) and the comparison of both sides.
struct StoreMoveOutcome
{
    bool finished = false; // false: stopped on request; running again resumes
    QList<StoreMoveTable> tables;
    qint64 accountsCompared = 0;
    qint64 lotsCompared = 0;
    QStringList differences;  // row counts or balances that differ; empty when identical
    QStringList laterChanges; // tables this desk changed after the move began (not moved)
    DataReport centralCheck;  // the data check run on the central database
    bool ok() const { return finished && differences.isEmpty() && laterChanges.isEmpty() && centralCheck.ok(); }
    QString plainWords() const;
};

// Moves the embedded store into an empty central PostgreSQL database, for the shop that
// becomes a chain. The move copies a snapshot of the store (VACUUM INTO, kept beside the
// store until the move ends), table by table, parents first, in batches; each batch and its
// progress mark are one transaction of the central database, so an interrupted move (a
// closed window, a lost network, a crash) resumes exactly where it stopped. Ids are kept, so
// every reference stays true, and the identity counters continue after them. At the end
// both sides are compared: row counts per table, every ledger account's balance, every
// points lot's remainder, and the data check on the central database.
//
// Left behind on purpose: this desk's own connection settings ("sync.*"), its outbox, and
// the server's machinery tables. Needs StoreMove (administrators). Safe to run on a worker
// thread: it makes its own connections.
class StoreMove
{
    Q_DECLARE_TR_FUNCTIONS(StoreMove)

public:
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // `store`: the open embedded store. `target`: the central PostgreSQL database.
    StoreMove(Database &store, const Database::Config &target);

    Result<StoreMovePlan> plan(const Actor &actor) const;
    // Moves (or resumes), then compares. `progress` may return false to stop after the
    // current batch. A finished move removes its snapshot.
    Result<StoreMoveOutcome> run(const Actor &actor, const Progress &progress = {});

    // Rows per batch (tests make it small to stop in the middle).
    void setBatchRows(int rows) { m_batchRows = rows; }

    // Beside the store: the move under way ("<store>.move") and its snapshot.
    static QString statePath(const QString &storePath);
    static QString snapshotPath(const QString &storePath);

private:
    struct State
    {
        QString moveId;
        QString target; // host:port/name, so a move is resumed only into the same database
    };
    State loadState() const;
    Status saveState(const State &state) const;
    QString targetName() const;
    Result<StoreMovePlan> inspect(const Database &central, const QString &source, const State &state) const;
    Status copy(const Database &central, const QString &moveId, StoreMoveOutcome &outcome,
                const Progress &progress) const;
    Status compare(const Actor &actor, const Database &central, StoreMoveOutcome &outcome) const;

    Database &m_store;
    Database::Config m_target;
    int m_batchRows = 500;
};

} // namespace Club::Core
