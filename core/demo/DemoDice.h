// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QRandomGenerator>

#include <algorithm>

namespace Club::Core::Demo {

// The seeded dice of the demo plan. Integers only, so a seed gives the same club on every
// platform.
class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_rng(seed)
    {}
    // A separate stream of the same seed, so what is drawn from one cannot shift another.
    Dice(quint32 seed, quint32 stream, quint32 index)
        : m_rng(seeded(seed, stream, index))
    {}

    // lo..hi, both included.
    int between(int lo, int hi) { return hi <= lo ? lo : int(m_rng.bounded(qint64(lo), qint64(hi) + 1)); }
    qint64 between64(qint64 lo, qint64 hi) { return hi <= lo ? lo : m_rng.bounded(lo, hi + 1); }
    bool chance(int permille) { return between(0, 999) < permille; }

    template<typename T> const T &pick(const QList<T> &items) { return items.at(between(0, int(items.size()) - 1)); }

    // The index drawn in proportion to its weight; -1 when all weights are zero.
    int weighted(const QList<int> &weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        if (total <= 0)
            return -1;
        int roll = between(0, total - 1);
        for (int i = 0; i < weights.size(); ++i) {
            if (roll < weights[i])
                return i;
            roll -= weights[i];
        }
        return -1;
    }

    // A moment in [from, to]; from when the span is empty.
    QDateTime timeBetween(const QDateTime &from, const QDateTime &to)
    {
        return from.addSecs(between64(0, std::max<qint64>(0, from.secsTo(to))));
    }

private:
    static QRandomGenerator seeded(quint32 seed, quint32 stream, quint32 index)
    {
        const quint32 words[] = {seed, stream, index};
        return QRandomGenerator(words);
    }

    QRandomGenerator m_rng;
};

} // namespace Club::Core::Demo
