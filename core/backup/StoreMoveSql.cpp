// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "StoreMoveSql.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>

namespace Club::Core {

namespace {

// Table and column names are spliced into statements (they cannot be bound), so only the
// plain lower-case names our migrations make are accepted.
bool plainName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return pattern.match(name).hasMatch();
}

Error oddName(const QString &name)
{
    return Error::make(Error::Code::Unsupported,
                       StoreMoveSql::tr("The data file holds a table or column the program does not know."),
                       QStringLiteral("unexpected name: %1").arg(name));
}

// id → the second column, for every row the query gives.
Result<QHash<qint64, qint64>> idValues(SqlQuery &q)
{
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<qint64, qint64> out;
    while (q.next())
        out.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return out;
}

bool leftOut(const QString &table)
{
    return table.startsWith(QLatin1String("sqlite_")) || table == QLatin1String("schema_migrations")
        || table.startsWith(QLatin1String("sync_")) || table.startsWith(QLatin1String("server_"))
        || table == QLatin1String("store_moves");
}

} // namespace

QString StoreMoveSql::sourceFilter(const QString &table)
{
    if (table == QLatin1String("settings"))
        return QStringLiteral(" AND key NOT LIKE 'sync.%'");
    return {};
}

Result<QStringList> StoreMoveSql::sourceTables(const QSqlDatabase &source, QStringList *cycle)
{
    SqlQuery q(source, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList tables;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (leftOut(name))
            continue;
        if (!plainName(name))
            return oddName(name);
        tables << name;
    }
    // Parents first (Kahn's algorithm; ties by name, so the order is the same every time).
    QMap<QString, QSet<QString>> parents;
    for (const QString &table : std::as_const(tables)) {
        SqlQuery fk(source, QStringLiteral("SELECT \"table\" FROM pragma_foreign_key_list('%1')").arg(table));
        if (Status s = fk.exec(); !s)
            return s.error();
        QSet<QString> &mine = parents[table];
        while (fk.next()) {
            const QString parent = fk.value(0).toString();
            if (parent != table && tables.contains(parent)) // a row's own table: rowid order serves
                mine.insert(parent);
        }
    }
    QStringList ordered;
    while (!parents.isEmpty()) {
        QString next;
        for (auto it = parents.cbegin(); it != parents.cend(); ++it) {
            if (it.value().isEmpty()) {
                next = it.key();
                break;
            }
        }
        if (next.isEmpty()) {
            if (cycle)
                *cycle = parents.keys();
            break;
        }
        parents.remove(next);
        for (auto it = parents.begin(); it != parents.end(); ++it)
            it.value().remove(next);
        ordered << next;
    }
    return ordered;
}

Result<QStringList> StoreMoveSql::sourceColumns(const QSqlDatabase &source, const QString &table)
{
    SqlQuery q(source, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList columns;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (!plainName(name))
            return oddName(name);
        columns << name;
    }
    return columns;
}

Result<QStringList> StoreMoveSql::targetColumns(const Database &target, const QString &table)
{
    SqlQuery q(target, QStringLiteral("SELECT column_name FROM information_schema.columns "
                                      "WHERE table_schema = current_schema() AND table_name = :t"));
    q.bind(QStringLiteral(":t"), table);
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList columns;
    while (q.next())
        columns << q.value(0).toString();
    return columns;
}

Result<int> StoreMoveSql::sourceSchemaVersion(const QSqlDatabase &source)
{
    SqlQuery q(source, QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_migrations"));
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    return v->toInt();
}

Result<qint64> StoreMoveSql::sourceCount(const QSqlDatabase &source, const QString &table)
{
    SqlQuery q(source, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE 1 = 1%2").arg(table, sourceFilter(table)));
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<qint64> StoreMoveSql::targetCount(const Database &target, const QString &table)
{
    SqlQuery q(target, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    Result<QVariant> v = q.scalar();
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<StoreMoveSql::Batch> StoreMoveSql::readBatch(const QSqlDatabase &source, const QString &table,
                                                    const QStringList &columns, qint64 afterRowid, int limit)
{
    SqlQuery q(source, QStringLiteral("SELECT rowid, %1 FROM %2 WHERE rowid > :after%3 ORDER BY rowid LIMIT :n")
                           .arg(columns.join(QLatin1String(", ")), table, sourceFilter(table)));
    q.bind(QStringLiteral(":after"), afterRowid);
    q.bind(QStringLiteral(":n"), limit);
    if (Status s = q.exec(); !s)
        return s.error();
    Batch batch;
    batch.lastRowid = afterRowid;
    while (q.next()) {
        batch.lastRowid = q.value(0).toLongLong();
        QVariantList row;
        row.reserve(columns.size());
        for (int i = 0; i < columns.size(); ++i)
            row << q.value(i + 1);
        batch.rows << row;
    }
    return batch;
}

QStringList StoreMoveSql::clubTables()
{
    return {QStringLiteral("operators"), QStringLiteral("branches"), QStringLiteral("members"),
            QStringLiteral("cards"), QStringLiteral("products"), QStringLiteral("journal_transactions")};
}

Status StoreMoveSql::writeBatch(const Database &target, const QString &moveId, const QString &table,
                                const QStringList &columns, const Batch &batch, bool done, bool clearFirst)
{
    Transaction tx(target);
    if (!tx.ok())
        return tx.error();
    if (clearFirst) {
        SqlQuery clear(target, QStringLiteral("DELETE FROM %1").arg(table));
        if (Status s = clear.exec(); !s)
            return s.error();
    }
    QStringList marks;
    for (int i = 0; i < columns.size(); ++i)
        marks << QStringLiteral(":c%1").arg(i);
    const QString insert = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                               .arg(table, columns.join(QLatin1String(", ")), marks.join(QLatin1String(", ")));
    for (const QVariantList &row : batch.rows) {
        SqlQuery q(target, insert);
        // SQL NULL stays NULL (SqlQuery binds a null QString as '').
        for (int i = 0; i < columns.size(); ++i)
            q.bind(marks.at(i), row.at(i).isNull() ? QVariant() : row.at(i));
        if (Status s = q.exec(); !s)
            return Error::make(s.error().code,
                               tr("A row of %1 could not be written to the central database: %2")
                                   .arg(table, s.error().message),
                               s.error().detail);
    }
    SqlQuery p(target, QStringLiteral("UPDATE store_moves SET last_rowid = :last, rows_copied = rows_copied + :n, "
                                      "done = :done WHERE move_id = :m AND table_name = :t"));
    p.bind(QStringLiteral(":last"), batch.lastRowid);
    p.bind(QStringLiteral(":n"), qint64(batch.rows.size()));
    p.bind(QStringLiteral(":done"), done ? 1 : 0);
    p.bind(QStringLiteral(":m"), moveId);
    p.bind(QStringLiteral(":t"), table);
    if (Status s = p.exec(); !s)
        return s.error();
    if (p.rowsAffected() != 1)
        return Error::make(Error::Code::Conflict, tr("The move's record in the central database is missing."),
                           QStringLiteral("store_moves row %1/%2 missing").arg(moveId, table));
    return tx.commit();
}

Result<QHash<QString, StoreMoveSql::Progress>> StoreMoveSql::progress(const Database &target, const QString &moveId)
{
    SqlQuery q(target, QStringLiteral("SELECT table_name, last_rowid, rows_copied, done FROM store_moves "
                                      "WHERE move_id = :m"));
    q.bind(QStringLiteral(":m"), moveId);
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<QString, Progress> out;
    while (q.next())
        out.insert(q.value(0).toString(), Progress{q.value(1).toLongLong(), q.value(2).toLongLong(),
                                                   q.value(3).toInt() != 0});
    return out;
}

Result<QStringList> StoreMoveSql::otherMoves(const Database &target, const QString &moveId)
{
    SqlQuery q(target, QStringLiteral("SELECT DISTINCT move_id FROM store_moves WHERE move_id <> :m ORDER BY 1"));
    q.bind(QStringLiteral(":m"), moveId);
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status StoreMoveSql::startProgress(const Database &target, const QString &moveId, const QStringList &tables)
{
    Transaction tx(target);
    if (!tx.ok())
        return tx.error();
    for (const QString &table : tables) {
        SqlQuery q(target, QStringLiteral("INSERT INTO store_moves (move_id, table_name) VALUES (:m, :t)"));
        q.bind(QStringLiteral(":m"), moveId);
        q.bind(QStringLiteral(":t"), table);
        if (Status s = q.exec(); !s)
            return s.error();
    }
    return tx.commit();
}

Status StoreMoveSql::continueIdentities(const Database &target, const QStringList &tables)
{
    SqlQuery q(target, QStringLiteral("SELECT table_name, column_name FROM information_schema.columns "
                                      "WHERE table_schema = current_schema() AND is_identity = 'YES'"));
    if (Status s = q.exec(); !s)
        return s.error();
    QList<QPair<QString, QString>> identities;
    while (q.next())
        identities.append({q.value(0).toString(), q.value(1).toString()});
    for (const auto &[table, column] : std::as_const(identities)) {
        if (!tables.contains(table) || !plainName(column))
            continue;
        SqlQuery set(target, QStringLiteral("SELECT setval(pg_get_serial_sequence(:t, :c), "
                                            "COALESCE((SELECT MAX(%2) FROM %1), 0) + 1, false)")
                                 .arg(table, column));
        set.bind(QStringLiteral(":t"), table);
        set.bind(QStringLiteral(":c"), column);
        if (Status s = set.exec(); !s)
            return s.error();
    }
    return {};
}

Result<QHash<qint64, qint64>> StoreMoveSql::sourceValues(const QSqlDatabase &source, const QString &table,
                                                         const QString &column)
{
    SqlQuery q(source, QStringLiteral("SELECT id, %1 FROM %2").arg(column, table));
    return idValues(q);
}

Result<QHash<qint64, qint64>> StoreMoveSql::targetValues(const Database &target, const QString &table,
                                                         const QString &column)
{
    SqlQuery q(target, QStringLiteral("SELECT id, %1 FROM %2").arg(column, table));
    return idValues(q);
}

} // namespace Club::Core
