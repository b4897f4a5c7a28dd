// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "magstripe/Msr605Encoder.h"

#include <QLoggingCategory>
#include <QSerialPort>
#include <QTimer>

Q_LOGGING_CATEGORY(lcMsr605, "club.devices.msr605")

namespace Club::Devices {

using Expect = Msr605Protocol::ReplyParser::Expect;

namespace {
// Reset has no reply; the device needs a moment before it takes the next command.
constexpr int ResetSettleMs = 100;
} // namespace

Msr605Encoder::Msr605Encoder(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &Msr605Encoder::onTimeout);
}

Msr605Encoder::~Msr605Encoder()
{
    close();
}

bool Msr605Encoder::isOpen() const
{
    return m_port && m_port->isOpen();
}

void Msr605Encoder::open(const QString &portPath)
{
    close();
    // Created here rather than in the constructor so the port lives in the thread that uses it.
    m_port = new QSerialPort(this);
    m_port->setPortName(portPath);
    m_port->setBaudRate(QSerialPort::Baud9600);
    m_port->setDataBits(QSerialPort::Data8);
    m_port->setParity(QSerialPort::NoParity);
    m_port->setStopBits(QSerialPort::OneStop);
    m_port->setFlowControl(QSerialPort::NoFlowControl);
    if (!m_port->open(QIODevice::ReadWrite)) {
        qCWarning(lcMsr605) << "cannot open" << portPath << m_port->error();
        delete m_port;
        m_port = nullptr;
        emit failed(ErrorKind::OpenFailed);
        return;
    }
    connect(m_port, &QSerialPort::readyRead, this, &Msr605Encoder::onReadyRead);
    connect(m_port, &QSerialPort::errorOccurred, this, [this](QSerialPort::SerialPortError error) {
        if (error == QSerialPort::NoError || error == QSerialPort::TimeoutError)
            return;
        qCWarning(lcMsr605) << "serial port error" << error;
        if (m_step != Step::Idle)
            fail(ErrorKind::PortError);
    });
    send(Step::Reset, Msr605Protocol::reset(), Expect::Status, ResetSettleMs);
}

void Msr605Encoder::close()
{
    m_timer->stop();
    m_step = Step::Idle;
    if (m_port) {
        m_port->close();
        delete m_port;
        m_port = nullptr;
    }
}

bool Msr605Encoder::checkReady()
{
    if (!isOpen()) {
        emit failed(ErrorKind::NotOpen);
        return false;
    }
    if (m_step != Step::Idle) {
        emit failed(ErrorKind::Busy);
        return false;
    }
    return true;
}

void Msr605Encoder::writeIso(const QByteArray &track1, const QByteArray &track2, const QByteArray &track3)
{
    if (!checkReady())
        return;
    const auto frame = Msr605Protocol::writeIso(track1, track2, track3);
    if (!frame) {
        emit failed(ErrorKind::InvalidData);
        return;
    }
    send(Step::Write, *frame, Expect::Status, m_swipeTimeout);
}

void Msr605Encoder::readIso()
{
    if (checkReady())
        send(Step::Read, Msr605Protocol::readIso(), Expect::IsoRead, m_swipeTimeout);
}

void Msr605Encoder::erase(bool track1, bool track2, bool track3)
{
    if (!checkReady())
        return;
    const auto frame = Msr605Protocol::erase(track1, track2, track3);
    if (!frame) {
        emit failed(ErrorKind::InvalidData);
        return;
    }
    send(Step::Erase, *frame, Expect::Status, m_swipeTimeout);
}

void Msr605Encoder::cancel()
{
    if (!isOpen())
        return;
    m_port->write(Msr605Protocol::reset());
    if (m_step != Step::Idle)
        fail(ErrorKind::Cancelled);
}

void Msr605Encoder::send(Step step, const QByteArray &frame, Expect expect, int timeout)
{
    m_step = step;
    m_parser.expect(expect);
    m_port->write(frame);
    m_timer->start(timeout);
}

void Msr605Encoder::onReadyRead()
{
    const QByteArray bytes = m_port->readAll();
    if (m_step == Step::Idle || m_step == Step::Reset)
        return; // late answers to a cancelled command, or noise while the device resets
    if (const auto reply = m_parser.feed(bytes))
        onReply(*reply);
}

void Msr605Encoder::onReply(const Msr605Reply &reply)
{
    m_timer->stop();
    if (reply.kind == Msr605Reply::Kind::Malformed) {
        fail(ErrorKind::Malformed);
        return;
    }
    switch (m_step) {
    case Step::Idle:
    case Step::Reset:
        return;
    case Step::CommunicationTest:
        send(Step::SetCoercivity,
             m_coercivity == Msr605Coercivity::High ? Msr605Protocol::setHiCo() : Msr605Protocol::setLoCo(),
             Expect::Status, m_commandTimeout);
        return;
    case Step::VerifyCoercivity:
        m_step = Step::Idle;
        if (reply.kind != Msr605Reply::Kind::Coercivity)
            emit failed(ErrorKind::Malformed);
        else if (reply.coercivity != m_coercivity)
            emit failed(ErrorKind::SettingFailed);
        else
            emit opened();
        return;
    default:
        break;
    }
    if (reply.status != Msr605Status::Ok) {
        fail(errorFromStatus(reply.status));
        return;
    }
    if (m_step == Step::SetCoercivity) {
        send(Step::VerifyCoercivity, Msr605Protocol::getCoercivity(), Expect::Coercivity, m_commandTimeout);
        return;
    }
    const Step done = m_step;
    m_step = Step::Idle;
    switch (done) {

    case Step::Write:
        emit written();
        break;
    case Step::Read:
        if (reply.kind != Msr605Reply::Kind::IsoRead)
            emit failed(ErrorKind::Malformed);
        else
            emit read(reply.tracks);
        break;
    case Step::Erase:
        emit erased();
        break;
    default:
        break;
    }
}

void Msr605Encoder::onTimeout()
{
    if (m_step == Step::Reset) {
        // The communication test is the start-up timeout the manual asks for: at most 2 s.
        send(Step::CommunicationTest, Msr605Protocol::communicationTest(), Expect::CommunicationTest,
             qMin(m_commandTimeout, 2000));
        return;
    }
    if (m_step == Step::Write || m_step == Step::Read || m_step == Step::Erase)
        m_port->write(Msr605Protocol::reset()); // leave the swipe wait so the next command is heard
    fail(ErrorKind::Timeout);
}

void Msr605Encoder::fail(ErrorKind error)
{
    m_timer->stop();
    m_step = Step::Idle;
    emit failed(error);
}

Msr605Encoder::ErrorKind Msr605Encoder::errorFromStatus(Msr605Status status)
{
    switch (status) {
    case Msr605Status::Ok:
    case Msr605Status::Unknown:
        break;
    case Msr605Status::ReadWriteError:
        return ErrorKind::ReadWriteError;
    case Msr605Status::CommandFormatError:
        return ErrorKind::CommandFormatError;
    case Msr605Status::InvalidCommand:
        return ErrorKind::InvalidCommand;
    case Msr605Status::BadSwipe:
        return ErrorKind::BadSwipe;
    case Msr605Status::SettingFailed:
        return ErrorKind::SettingFailed;
    }
    return ErrorKind::UnknownStatus;
}

} // namespace Club::Devices
