// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The loopback SMTP server of tests/support/smtp_sink.py (aiosmtpd) for a test, and a
// reader for the messages it writes: headers unfolded, RFC 2047 words and the base64 body
// decoded.

#include <QDir>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace Club::Test {

struct ReceivedMail
{
    QHash<QByteArray, QString> headers; // lower-case names
    QString body;
};

inline QString decodeWords(const QByteArray &value)
{
    static const QRegularExpression word(QStringLiteral("=\\?UTF-8\\?B\\?([A-Za-z0-9+/=]*)\\?="),
                                         QRegularExpression::CaseInsensitiveOption);
    QByteArray utf8;
    QString text = QString::fromLatin1(value);
    // Adjacent encoded words are one text: the white space between them goes.
    text.replace(QRegularExpression(QStringLiteral("\\?=\\s+=\\?")), QStringLiteral("?==?"));
    qsizetype last = 0;
    for (auto it = word.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        utf8 += text.mid(last, m.capturedStart() - last).toUtf8();
        utf8 += QByteArray::fromBase64(m.captured(1).toLatin1());
        last = m.capturedEnd();
    }
    utf8 += text.mid(last).toUtf8();
    return QString::fromUtf8(utf8);
}

inline ReceivedMail parseMail(const QByteArray &raw)
{
    ReceivedMail mail;
    const qsizetype split = raw.indexOf("\r\n\r\n");
    QByteArray head = raw.left(split);
    head.replace("\r\n ", " ").replace("\r\n\t", " ");
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            mail.headers.insert(line.left(colon).trimmed().toLower(), decodeWords(line.mid(colon + 1).trimmed()));
    }
    const QByteArray body = raw.mid(split + 4);
    if (mail.headers.value("content-transfer-encoding").compare(QLatin1String("base64"), Qt::CaseInsensitive) == 0)
        mail.body = QString::fromUtf8(QByteArray::fromBase64(QByteArray(body).replace("\r\n", "")));
    else
        mail.body = QString::fromUtf8(body);
    return mail;
}

class SmtpSink
{
public:
    // extra: "--starttls CERT KEY", "--tls CERT KEY", "--auth USER:PASSWORD"
    explicit SmtpSink(const QStringList &extra = {})
    {
        m_process.setProgram(QStringLiteral("/usr/bin/python3"));
        m_process.setArguments(QStringList{QStringLiteral(CLUB_TEST_SMTP_SINK), m_dir.path()} + extra);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10'000))
            return;
        // Bounded: the server prints its port within a second or two.
        for (int i = 0; i < 100 && !m_process.canReadLine(); ++i)
            m_process.waitForReadyRead(100);
        const QByteArray line = m_process.readLine().trimmed();
        if (line.startsWith("PORT "))
            m_port = line.mid(5).toInt();
    }
    ~SmtpSink()
    {
        m_process.closeWriteChannel();
        if (!m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    int port() const { return m_port; }
    QString error() { return QString::fromUtf8(m_process.readAllStandardError()); }

    QStringList files() const
    {
        return QDir(m_dir.path()).entryList({QStringLiteral("*.eml")}, QDir::Files, QDir::Name);
    }
    // Waits (bounded) for the n-th message.
    ReceivedMail mail(int n) const
    {
        for (int i = 0; i < 100 && files().size() < n; ++i)
            QTest::qWait(50);
        if (files().size() < n)
            return {};
        QFile f(m_dir.filePath(files().at(n - 1)));
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return parseMail(f.readAll());
    }

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    int m_port = 0;
};

} // namespace Club::Test
