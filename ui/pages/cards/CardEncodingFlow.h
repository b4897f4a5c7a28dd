// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cards/Card.h"

#include "util/Result.h"

#include <QObject>
#include <QString>

#include <functional>

namespace Club::Devices {
class Msr605Encoder;
struct Msr605Tracks;
} // namespace Club::Devices

namespace Club::Ui {

class UiContext;

// Writes a Pending card's chip at the desk and activates it, without ever blocking the UI:
// wait for a card on the selected reader, personalise it in a PC/SC job, read it back in a
// second job (Valid, same number), then CardService::activate with the chip UID. A failure
// leaves the card Pending with a message that names the step; retry() starts again (the
// writer resumes a half-written card), abandon() voids the number. A card that is not
// blank is offered for erasing only when our keys open it (one of ours), never a foreign
// one. Identification of tapped cards is paused while the flow runs.
//
// Without a chip reader, the desk's magstripe encoder (MSR605/206) writes the stripe
// instead: open it (coercivity from the settings), write LoyaltyStripe's tracks on one
// swipe, read them back on a second swipe (Valid, same number), then activate with no
// chip UID.
//
// Rule for when a card is encoded: when this desk has been set up with a reader (a reader
// name or pattern chosen on the Devices page), when a reader is connected now, or when a
// magstripe encoder is configured (a model and a port). The chip is written when a reader
// matching the desk's pattern is connected; otherwise the stripe, when an encoder is
// configured; otherwise the flow waits for the desk's reader (an unplugged reader is
// noticed, never skipped). A desk with none of these issues printed cards directly.
class CardEncodingFlow : public QObject
{
    Q_OBJECT

public:
    enum class State { Idle, WaitingForCard, Writing, Verifying, Erasing, Failed, Done, Abandoned };
    Q_ENUM(State)

    CardEncodingFlow(UiContext &context, const Core::Card &pending, QObject *parent = nullptr);
    ~CardEncodingFlow() override;

    // A pre-printed stock card has no pending `cards` row: `finish` records the written
    // card (chip UID, empty for a stripe) instead of CardService::activate and returns the
    // card as it now is; `abandon` replaces voiding the number (a stock card stays in stock).
    void setStockHandlers(std::function<Core::Result<Core::Card>(const QString &chipUid)> finish,
                          std::function<Core::Status()> abandon);

    // Whether cards issued on this desk are encoded (see the rule above).
    static bool encodingAvailable(const UiContext &context);
    // Whether this desk writes stripes rather than chips right now (see the rule above).
    static bool writesStripe(const UiContext &context);

    State state() const { return m_state; }
    const Core::Card &card() const { return m_card; }
    QString message() const { return m_message; }
    // After a failure on a card that is ours: erase it and write it again.
    bool canErase() const { return m_canErase; }

public Q_SLOTS:
    void start();
    void retry();
    void erase();
    // Pending -> Void: the number is burned. False (with message()) when core refused.
    bool abandon();

Q_SIGNALS:
    void stateChanged(Club::Ui::CardEncodingFlow::State state);
    void activated(const Club::Core::Card &card);

private:
    void setState(State state, const QString &message);
    void fail(const QString &message, bool canErase = false);
    void personalise();
    void verify();
    void checkNotBlank();
    void cardInserted(const QString &reader);
    bool ensureKeys();
    void onJobFinished(quint64 id, int error, const QVariant &result);
    void startStripe();
    void stripeOpened();
    void stripeWritten();
    void stripeRead(const Devices::Msr605Tracks &tracks);
    void finishActivation(const QString &chipUid);

    UiContext &m_context;
    Core::Card m_card;
    State m_state = State::Idle;
    QString m_message;
    bool m_canErase = false;
    bool m_paused = false;
    bool m_probing = false;
    quint64 m_job = 0;
    int m_eraseVersion = 0;
    enum class Job { None, Personalise, Verify, Inspect, Erase } m_jobKind = Job::None;
    Devices::Msr605Encoder *m_encoder = nullptr; // only on the stripe path
    std::function<Core::Result<Core::Card>(const QString &)> m_stockFinish;
    std::function<Core::Status()> m_stockAbandon;
    QByteArray m_track1;
    QByteArray m_track2;
};

} // namespace Club::Ui
