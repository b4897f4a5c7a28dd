// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Small checks on what a store holds, and on what was logged, shared by the tests.

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QStringList>
#include <QVariant>

namespace Club::Test {

// The first column of the first row of sql, with :k bound to key when one is given; -1 when the
// query fails (no count a test compares with is negative).
inline qint64 scalarInt(Core::Database &db, const QString &sql, const QVariant &key = {})
{
    Core::SqlQuery q(db, sql);
    if (key.isValid())
        q.bind(QStringLiteral(":k"), key);
    Core::Result<QVariant> n = q.scalar();
    return n ? n->toLongLong() : -1;
}

// The same for a text; "<error>" when the query fails.
inline QString scalarText(Core::Database &db, const QString &sql, const QVariant &key = {})
{
    Core::SqlQuery q(db, sql);
    if (key.isValid())
        q.bind(QStringLiteral(":k"), key);
    Core::Result<QVariant> v = q.scalar();
    return v ? v->toString() : QStringLiteral("<error>");
}

// Every message logged from start() on, each also passed to the handler it replaced: for
// checking that no PIN, hash or card number ever reaches a log.
class LogCapture
{
public:
    static void start() { previous() = qInstallMessageHandler(&keep); }
    static const QStringList &messages() { return logged(); }

private:
    static QStringList &logged()
    {
        static QStringList lines;
        return lines;
    }
    static QtMessageHandler &previous()
    {
        static QtMessageHandler handler = nullptr;
        return handler;
    }
    static void keep(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        logged() << message;
        if (previous())
            previous()(type, context, message);
    }
};

} // namespace Club::Test
