// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>

namespace Club::Core {

// The one source of "now" for the core, so expiry, due dates and audit times can be
// tested with a moved clock.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    QDate todayUtc() const { return nowUtc().date(); }

    static const Clock &system();
};

// A clock that stands still until moved; for tests and simulations.
class ManualClock : public Clock
{
public:
    explicit ManualClock(const QDateTime &start) : m_now(start.toUTC()) {}
    QDateTime nowUtc() const override { return m_now; }
    void set(const QDateTime &now) { m_now = now.toUTC(); }
    void advanceSecs(qint64 secs) { m_now = m_now.addSecs(secs); }
    void advanceDays(qint64 days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace Club::Core
