// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <memory>

class QKeyEvent;

namespace Club::Ui {

// Catches a keyboard-wedge magstripe reader anywhere in the application.
//
// Such a reader "types" its tracks, e.g. "%LOYALTY^KARIMI^2812?;6280…=2812…?" followed by
// Enter, far faster than a person: a few milliseconds per key. Installed as an application
// event filter, the catcher holds back a start sentinel (% or ;) and the keys that follow it
// quickly; when the burst ends with at least one complete sentinel-framed track, it emits
// swiped() and the focused field never sees a key. When the keys come at a human pace or
// the burst is not a track, the held keys are delivered to their widgets in order, so a
// person typing ";" loses nothing (it arrives a few tens of milliseconds late).
//
// Iranian and Arab counters often keep the Persian or Arabic keyboard layout active, and the
// reader's keystrokes then arrive as Persian letters and digits. The catcher reads such keys
// by their physical position (native scan code, US layout) so a swipe works in any layout.
class CardSwipeCatcher : public QObject
{
    Q_OBJECT

public:
    explicit CardSwipeCatcher(QObject *parent = nullptr);
    ~CardSwipeCatcher() override;

    // Keys further apart than this end the burst. Readers send a key every 1–20 ms.
    void setMaxKeyGap(int ms);
    void setEnabled(bool enabled);
    bool isEnabled() const { return m_enabled; }

    // The Latin character a key press stands for on a US keyboard, or a null QChar.
    // Public for tests: Persian/Arabic text is mapped back by scan code.
    static QChar latinFor(const QKeyEvent *event);

signals:
    // Complete tracks with their sentinels, in the order read, e.g. {"%…?", ";…?"}.
    void swiped(const QStringList &tracks);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Held;

    bool startsBurst(QChar c) const;
    void hold(QObject *target, const QKeyEvent *event, QChar c);
    void finishBurst();
    void replay();
    void reset();

    bool m_enabled = true;
    bool m_replaying = false;
    int m_maxGap = 60;
    QTimer m_gapTimer;
    QElapsedTimer m_sinceLastKey;
    QString m_buffer;
    std::vector<std::unique_ptr<Held>> m_held;
};

} // namespace Club::Ui
