// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "magstripe/Msr605Protocol.h"

#include <QObject>
#include <QString>

class QSerialPort;
class QTimer;

namespace Club::Devices {

// An MSR206/605/606 on a serial port. Fully asynchronous (no waitFor*), so it runs in the
// UI thread or, after moveToThread(), in a worker; one command at a time.
class Msr605Encoder : public QObject
{
    Q_OBJECT
public:
    enum class ErrorKind {
        OpenFailed,
        NotOpen,
        Busy,        // a command is still pending
        InvalidData, // a track does not validate, or no track to erase
        Timeout,
        Cancelled,
        Malformed, // an answer that fits no reply format
        ReadWriteError,
        CommandFormatError,
        InvalidCommand,
        BadSwipe,
        SettingFailed,
        UnknownStatus,
        PortError,
    };
    Q_ENUM(ErrorKind)

    explicit Msr605Encoder(QObject *parent = nullptr);
    ~Msr605Encoder() override;

    // For commands answered at once (handshake, settings). The manual suggests 1–2 s.
    void setCommandTimeout(int ms) { m_commandTimeout = ms; }
    // For read, write and erase, which wait for a swipe.
    void setSwipeTimeout(int ms) { m_swipeTimeout = ms; }

    // Applied by open(). Hi-Co (the default) for cards that last; Lo-Co for cheap blanks.
    void setCoercivity(Msr605Coercivity coercivity) { m_coercivity = coercivity; }
    Msr605Coercivity coercivity() const { return m_coercivity; }

    // By absolute path: ptys and some USB bridges are not listed by QSerialPortInfo.
    // Reset, communication test, the chosen coercivity read back (a device that ignores
    // the setting would write stripes other readers cannot read); then opened() or failed().
    void open(const QString &portPath);
    void close();
    bool isOpen() const;
    bool isBusy() const { return m_step != Step::Idle; }

    void writeIso(const QByteArray &track1, const QByteArray &track2, const QByteArray &track3);
    void readIso();
    void erase(bool track1, bool track2, bool track3);
    // Leaves the pending swipe wait; the device returns to idle on ESC a.
    void cancel();

signals:
    void opened();
    void written();
    void read(const Club::Devices::Msr605Tracks &tracks);
    void erased();
    void failed(Club::Devices::Msr605Encoder::ErrorKind error);

private:
    enum class Step { Idle, Reset, CommunicationTest, SetCoercivity, VerifyCoercivity, Write, Read, Erase };

    void send(Step step, const QByteArray &frame, Msr605Protocol::ReplyParser::Expect expect, int timeout);
    void onReadyRead();
    void onReply(const Msr605Reply &reply);
    void onTimeout();
    void fail(ErrorKind error);
    bool checkReady();
    static ErrorKind errorFromStatus(Msr605Status status);

    QSerialPort *m_port = nullptr;
    QTimer *m_timer = nullptr;
    Msr605Protocol::ReplyParser m_parser;
    Step m_step = Step::Idle;
    int m_commandTimeout = 2000;
    int m_swipeTimeout = 30000;
    Msr605Coercivity m_coercivity = Msr605Coercivity::High;
};

} // namespace Club::Devices

Q_DECLARE_METATYPE(Club::Devices::Msr605Tracks)
