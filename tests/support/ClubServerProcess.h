// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace ClubTest {

// Runs the clubserver executable once (--init-db, --create-terminal…) with its config file,
// `input` on standard input. The exit code, or -1 when it did not start, -2 when it did not
// end within a minute (killed), -3 when it crashed.
inline int runClubserver(const QString &exe, const QString &config, const QStringList &args,
                         const QByteArray &input = {}, QByteArray *out = nullptr)
{
    QProcess p;
    p.start(exe, QStringList{QStringLiteral("--config"), config} + args);
    if (!p.waitForStarted(10000))
        return -1;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(60000)) {
        p.kill();
        return -2;
    }
    if (out)
        *out = p.readAllStandardOutput();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -3;
}

} // namespace ClubTest
