// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "receipt/ReceiptPrinter.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSerialPort>
#include <QThread>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>
#endif

#include <algorithm>

Q_LOGGING_CATEGORY(lcReceipt, "club.devices.receipt")

namespace Club::Devices {

namespace {
// How often a blocked write looks at the cancel flag.
constexpr int PollSliceMs = 50;
} // namespace

ReceiptPrinter::Destination ReceiptPrinter::Destination::serial(const QString &path, int baudRate,
                                                                bool hardwareFlowControl)
{
    Destination destination;
    destination.kind = Kind::Serial;
    destination.path = path;
    destination.baudRate = std::clamp(baudRate, 9600, 115200);
    destination.hardwareFlowControl = hardwareFlowControl;
    return destination;
}

ReceiptPrinter::Destination ReceiptPrinter::Destination::file(const QString &path)
{
    Destination destination;
    destination.kind = Kind::File;
    destination.path = path;
    return destination;
}

ReceiptPrinter::ReceiptPrinter(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<Club::Devices::ReceiptPrinter::Error>();
}

ReceiptPrinter::~ReceiptPrinter()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

void ReceiptPrinter::print(const QByteArray &escposBytes)
{
    if (m_thread) {
        QMetaObject::invokeMethod(this, [this] { emit finished(Error::Busy); }, Qt::QueuedConnection);
        return;
    }
    m_cancel = std::make_shared<std::atomic_bool>(false);
    auto result = std::make_shared<Error>(Error::None);
    const Destination destination = m_destination;
    const int chunkSize = m_chunkSize;
    const int chunkTimeout = m_chunkTimeout;
    m_thread = QThread::create([this, result, escposBytes, destination, chunkSize, chunkTimeout] {
        *result = run(escposBytes, destination, chunkSize, chunkTimeout);
    });
    connect(m_thread, &QThread::finished, this, [this, result] {
        m_thread->deleteLater();
        m_thread = nullptr;
        emit finished(*result);
    });
    m_thread->start();
}

void ReceiptPrinter::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

ReceiptPrinter::Error ReceiptPrinter::run(const QByteArray &bytes, const Destination &destination, int chunkSize,
                                          int chunkTimeout)
{
    // Runs in the worker thread: touches only its arguments and the cancel flag.
    const Error error = destination.kind == Destination::Kind::Serial
                            ? writeSerial(bytes, destination, chunkSize, chunkTimeout)
                            : writeFile(bytes, destination, chunkSize, chunkTimeout);
    if (error != Error::None)
        qCWarning(lcReceipt) << "print job to" << destination.path << "ended with" << error;
    return error;
}

ReceiptPrinter::Error ReceiptPrinter::writeSerial(const QByteArray &bytes, const Destination &destination,
                                                  int chunkSize, int chunkTimeout)
{
    QSerialPort port;
    port.setPortName(destination.path);
    if (!port.open(QIODevice::ReadWrite)) {
        qCWarning(lcReceipt) << "cannot open" << destination.path << port.error();
        return Error::OpenFailed;
    }
    if (!port.setBaudRate(destination.baudRate) || !port.setDataBits(QSerialPort::Data8)
        || !port.setParity(QSerialPort::NoParity) || !port.setStopBits(QSerialPort::OneStop)
        || !port.setFlowControl(destination.hardwareFlowControl ? QSerialPort::HardwareControl
                                                                : QSerialPort::NoFlowControl)) {
        qCWarning(lcReceipt) << "cannot configure" << destination.path << port.error();
        return Error::OpenFailed;
    }
    const auto abandon = [&port](Error error) {
        // Drop what the kernel still holds, or close() would wait for a jammed printer.
        port.clear(QSerialPort::Output);
        port.close();
        return error;
    };
    for (qsizetype offset = 0; offset < bytes.size(); offset += chunkSize) {
        const QByteArray chunk = bytes.mid(offset, chunkSize);
        if (port.write(chunk) != chunk.size())
            return abandon(Error::WriteFailed);
        const QDeadlineTimer deadline(chunkTimeout);
        while (port.bytesToWrite() > 0) {
            if (m_cancel->load())
                return abandon(Error::Cancelled);
            if (deadline.hasExpired())
                return abandon(Error::Timeout);
            if (!port.waitForBytesWritten(int(std::min<qint64>(PollSliceMs, deadline.remainingTime())))
                && port.error() != QSerialPort::NoError && port.error() != QSerialPort::TimeoutError) {
                qCWarning(lcReceipt) << "write to" << destination.path << "failed" << port.error();
                return abandon(Error::WriteFailed);
            }
            port.clearError();
        }
    }
    port.close();
    return Error::None;
}

ReceiptPrinter::Error ReceiptPrinter::writeFile(const QByteArray &bytes, const Destination &destination,
                                                int chunkSize, int chunkTimeout)
{
    const QFileInfo info(destination.path);
#ifdef Q_OS_UNIX
    // A character device (/dev/usb/lp0) or FIFO can stop taking data; a blocking write()
    // would then never return, so write without blocking and wait with poll().
    if (info.exists() && !info.isFile()) {
        const int fd = ::open(QFile::encodeName(destination.path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
        if (fd < 0) {
            qCWarning(lcReceipt) << "cannot open" << destination.path << "errno" << errno;
            return Error::OpenFailed;
        }
        QFile file;
        if (!file.open(fd, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::AutoCloseHandle)) {
            ::close(fd);
            return Error::OpenFailed;
        }
        for (qsizetype offset = 0; offset < bytes.size();) {
            const qsizetype chunkEnd = std::min<qsizetype>(bytes.size(), offset + chunkSize);
            const QDeadlineTimer deadline(chunkTimeout);
            while (offset < chunkEnd) {
                if (m_cancel->load())
                    return Error::Cancelled;
                if (deadline.hasExpired())
                    return Error::Timeout;
                pollfd pfd{fd, POLLOUT, 0};
                const int ready = ::poll(&pfd, 1, int(std::min<qint64>(PollSliceMs, deadline.remainingTime())));
                if (ready < 0 && errno != EINTR)
                    return Error::WriteFailed;
                if (ready <= 0)
                    continue;
                if (pfd.revents & (POLLERR | POLLHUP | POLLNVAL))
                    return Error::WriteFailed;
                const ssize_t written = ::write(fd, bytes.constData() + offset, size_t(chunkEnd - offset));
                if (written < 0) {
                    if (errno == EAGAIN || errno == EINTR)
                        continue;
                    qCWarning(lcReceipt) << "write to" << destination.path << "failed, errno" << errno;
                    return Error::WriteFailed;
                }
                offset += written;
            }
        }
        return Error::None;
    }
#endif
    // A plain file (a spool file, or a test): writes never block for long.
    QFile file(destination.path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        qCWarning(lcReceipt) << "cannot open" << destination.path << file.error();
        return Error::OpenFailed;
    }
    for (qsizetype offset = 0; offset < bytes.size(); offset += chunkSize) {
        if (m_cancel->load())
            return Error::Cancelled;
        const QByteArray chunk = bytes.mid(offset, chunkSize);
        if (file.write(chunk) != chunk.size())
            return Error::WriteFailed;
    }
    if (!file.flush())
        return Error::WriteFailed;
    file.close();
    return Error::None;
}

} // namespace Club::Devices
