// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "SettingsPage.h"

#include "BackupSection.h"
#include "Format.h"
#include "SalesSettingsSection.h"
#include "auth/AuthService.h"
#include "ledger/LedgerService.h"
#include "shell/Language.h"
#include "sync/ServerSettingsSection.h"
#include "widgets/ErrorDisplay.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Club::Ui {

namespace {
QString g_dataLocation;
const QString kStoreName = QStringLiteral("store.name");

QLabel *note(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignLeading | Qt::AlignVCenter);
    return label;
}
} // namespace

void SettingsPage::setDataLocation(const QString &where)
{
    g_dataLocation = where;
}

QString SettingsPage::dataLocation()
{
    return g_dataLocation;
}

SettingsPage::SettingsPage(UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_errors(new FieldErrors(this))
    , m_storeName(new QLineEdit(this))
    , m_saveStoreName(new QPushButton(tr("&Save"), this))
    , m_language(new QComboBox(this))
    , m_languageNote(note(this))
    , m_dataLocation(new QLineEdit(this))
    , m_verifyResult(note(this))
    , m_problems(new QPlainTextEdit(this))
{
    auto *heading = new QLabel(tr("Settings"), this);
    QFont big = heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    heading->setFont(big);

    // Store
    auto *store = new QGroupBox(tr("Store"), this);
    m_storeName->setObjectName(QStringLiteral("storeName"));
    m_saveStoreName->setObjectName(QStringLiteral("saveStoreName"));
    connect(m_saveStoreName, &QPushButton::clicked, this, &SettingsPage::saveStoreName);
    connect(m_storeName, &QLineEdit::returnPressed, this, &SettingsPage::saveStoreName);
    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_storeName, 1);
    nameRow->addWidget(m_saveStoreName);
    auto *storeForm = new QFormLayout(store);
    auto *nameLabel = new QLabel(tr("Store &name:"), store);
    nameLabel->setBuddy(m_storeName);
    storeForm->addRow(nameLabel, nameRow);
    QLabel *storeNameError = m_errors->add(QStringLiteral("storeName"), m_storeName);
    storeForm->addRow(QString(), storeNameError);

    m_dataLocation->setObjectName(QStringLiteral("dataLocation"));
    m_dataLocation->setReadOnly(true);
    m_dataLocation->setLayoutDirection(Qt::LeftToRight);
    m_dataLocation->setText(QDir::toNativeSeparators(g_dataLocation));
    auto *locationLabel = new QLabel(tr("&Data file:"), store);
    locationLabel->setBuddy(m_dataLocation);
    storeForm->addRow(locationLabel, m_dataLocation);

    // Language
    auto *languageBox = new QGroupBox(tr("Language"), this);
    m_language->setObjectName(QStringLiteral("language"));
    for (const QString &code : Language::codes())
        m_language->addItem(Language::nativeName(code), code);
    m_language->setCurrentIndex(std::max(0, m_language->findData(Language::saved())));
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsPage::languageChosen);
    auto *languageForm = new QFormLayout(languageBox);
    languageForm->addRow(tr("&Language of the program:"), m_language);
    languageForm->addRow(m_languageNote);
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    updateLanguageNote();

    // Ledger check
    auto *ledgerBox = new QGroupBox(tr("Points Ledger"), this);
    auto *verify = new QPushButton(tr("&Verify the ledger"), ledgerBox);
    verify->setObjectName(QStringLiteral("verifyLedger"));
    connect(verify, &QPushButton::clicked, this, &SettingsPage::verifyLedger);
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setText(tr("Checks that every transaction balances and that every balance and points lot "
                               "matches its entries."));
    m_problems->setObjectName(QStringLiteral("ledgerProblems"));
    m_problems->setReadOnly(true);
    m_problems->setVisible(false);
    auto *verifyRow = new QHBoxLayout;
    verifyRow->addWidget(verify);
    verifyRow->addWidget(m_verifyResult, 1);
    auto *ledgerLayout = new QVBoxLayout(ledgerBox);
    ledgerLayout->addLayout(verifyRow);
    ledgerLayout->addWidget(m_problems);

    // The sections are taller than a shop's screen: they scroll under the window.
    auto *content = new QWidget(this);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(heading);
    layout->addWidget(store);
    if (context.can(Core::Permission::SalesSettingsManage)) {
        m_sales = new SalesSettingsSection(context, this);
        layout->addWidget(m_sales);
    }
    ServerSettingsSection *server = nullptr;
    if (context.connectedDesk() && context.can(Core::Permission::ServerConnectionManage)) {
        server = new ServerSettingsSection(context, this);
        layout->addWidget(server);
    }
    layout->addWidget(languageBox);
    layout->addWidget(ledgerBox);
    m_backups = new BackupSection(context, this);
    layout->addWidget(m_backups);
    connect(m_backups, &BackupSection::connectDeskRequested, this, [scroll, server] {
        if (!server)
            return;
        scroll->ensureWidgetVisible(server);
        if (auto *url = server->findChild<QLineEdit *>(QStringLiteral("serverUrl")))
            url->setFocus();
    });
    layout->addStretch();
}

QString SettingsPage::title() const
{
    return tr("Settings");
}

QIcon SettingsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/settings.svg"));
}

void SettingsPage::activate()
{
    const Core::Result<QString> name = context().auth().setting(kStoreName);
    if (name)
        m_storeName->setText(*name);
    m_dataLocation->setText(QDir::toNativeSeparators(g_dataLocation));
    if (m_sales)
        m_sales->load();
    m_backups->load();
}

void SettingsPage::saveStoreName()
{
    m_errors->clear();
    const QString name = m_storeName->text().trimmed();
    if (name.isEmpty()) {
        m_errors->show(Core::Error::make(Core::Error::Code::Invalid, tr("Enter the store's name."), {},
                                         QStringLiteral("storeName")));
        return;
    }
    if (Core::Status s = context().auth().setSetting(context().actor(), kStoreName, name); !s) {
        m_errors->report(s.error());
        return;
    }
    m_storeName->setText(name);
}

void SettingsPage::languageChosen()
{
    Language::save(m_language->currentData().toString());
    updateLanguageNote();
}

void SettingsPage::updateLanguageNote()
{
    // The language is set up before any window exists; a new one shows from the next start.
    const QString code = m_language->currentData().toString();
    const bool same = code == Language::current() || Language::current().isEmpty();
    m_languageNote->setText(
        same ? QString()
             : tr("The program will appear in %1 the next time it starts.").arg(Language::nativeName(code)));
    m_languageNote->setVisible(!same);
}

void SettingsPage::verifyLedger()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Core::Result<Core::LedgerCheck> check = context().ledger().verify(context().actor());
    QApplication::restoreOverrideCursor();
    if (!check) {
        showError(this, check.error());
        return;
    }
    //: %1 transactions, %2 accounts and %3 points lots were checked
    const QString counts = tr("Checked %1 transactions, %2 accounts and %3 points lots.")
                               .arg(Format::number(check->transactionsChecked), Format::number(check->accountsChecked),
                                    Format::number(check->lotsChecked));
    if (check->ok()) {
        m_verifyResult->setText(counts + QLatin1Char(' ') + tr("Everything is in order."));
        m_problems->clear();
        m_problems->setVisible(false);
        return;
    }
    m_verifyResult->setText(
        counts + QLatin1Char(' ') +
        tr("%Ln problem(s) found. Keep this list and contact support.", nullptr, int(check->problems.size())));
    m_problems->setPlainText(check->problems.join(QLatin1Char('\n')));
    m_problems->setVisible(true);
}

} // namespace Club::Ui
