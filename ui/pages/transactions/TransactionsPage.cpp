// SPDX-FileCopyrightText: 2026 Customer Club Manager developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "TransactionsPage.h"

#include "Format.h"
#include "TransactionDetailPane.h"
#include "TransactionListModel.h"
#include "TransactionWords.h"
#include "VoidDialog.h"
#include "auth/AuthService.h"
#include "cards/CardService.h"
#include "members/MemberService.h"
#include "models/TableViews.h"
#include "pages/members/MemberPickerDialog.h"
#include "sales/SalesService.h"
#include "transactions/TransactionService.h"
#include "widgets/DigitLineEdit.h"
#include "widgets/ErrorDisplay.h"
#include "widgets/JalaliDateEdit.h"
#include "widgets/MessageBox.h"

#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace Club::Ui {

using namespace Core;

namespace {
QComboBox *filterCombo(QWidget *parent, const char *name)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    //: A transactions filter that keeps everything
    combo->addItem(TransactionsPage::tr("All"), QVariant());
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

Id idIn(const QComboBox *combo)
{
    return combo->currentData().isValid() ? combo->currentData().toLongLong() : kNoId;
}
} // namespace

TransactionsPage::TransactionsPage(UiContext &context, QWidget *parent)
    : Page(context, parent)
    , m_errors(new FieldErrors(this))
    , m_from(new DateEdit(this))
    , m_to(new DateEdit(this))
    , m_branch(filterCombo(this, "branch"))
    , m_operator(filterCombo(this, "operator"))
    , m_member(new QPushButton(this))
    , m_card(new DigitLineEdit(this))
    , m_kind(filterCombo(this, "kind"))
    , m_unit(new QComboBox(this))
    , m_min(new DigitLineEdit(this))
    , m_max(new DigitLineEdit(this))
    , m_search(new QPushButton(tr("&Search"), this))
    , m_void(new QPushButton(tr("&Void…"), this))
    , m_csv(new QPushButton(tr("Export &CSV…"), this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new TransactionListModel(context.transactions(), this))
    , m_detail(new TransactionDetailPane(context, this))
{
    m_from->setObjectName(QStringLiteral("from"));
    m_to->setObjectName(QStringLiteral("to"));
    m_from->setOptional(true);
    m_to->setOptional(true);
    m_member->setObjectName(QStringLiteral("member"));
    m_member->setToolTip(tr("Find the member by name, mobile or card number"));
    m_card->setObjectName(QStringLiteral("card"));
    m_card->setPlaceholderText(tr("Card number"));
    for (const QString &kind : TransactionWords::filterKinds())
        m_kind->addItem(TransactionWords::kind(kind), kind);
    m_unit->setObjectName(QStringLiteral("amountUnit"));
    //: The unit an amount filter is in
    m_unit->addItem(tr("Money"), int(Unit::Money));
    //: The unit an amount filter is in
    m_unit->addItem(tr("Points"), int(Unit::Points));
    m_min->setObjectName(QStringLiteral("minAmount"));
    m_max->setObjectName(QStringLiteral("maxAmount"));
    //: Smallest amount a listed transaction moved
    m_min->setPlaceholderText(tr("from"));
    //: Largest amount a listed transaction moved
    m_max->setPlaceholderText(tr("to"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setDefault(true);
    m_void->setObjectName(QStringLiteral("void"));
    m_csv->setObjectName(QStringLiteral("exportCsv"));
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("transactions"));
    TableViews::setUp(m_table, m_model);
    m_detail->setObjectName(QStringLiteral("detail"));

    auto *dates = new QFormLayout;
    m_errors->addRow(dates, tr("&From:"), m_from, QStringLiteral("from"));
    m_errors->addRow(dates, tr("T&o:"), m_to, QStringLiteral("to"));
    auto *where = new QFormLayout;
    m_errors->addRow(where, tr("&Branch:"), m_branch, QStringLiteral("branch"));
    // A merchant filter (the branches of one merchant) goes here once branches have merchants.
    m_errors->addRow(where, tr("O&perator:"), m_operator, QStringLiteral("operator"));
    auto *who = new QFormLayout;
    m_errors->addRow(who, tr("&Member:"), m_member, QStringLiteral("member"));
    m_errors->addRow(who, tr("C&ard:"), m_card, QStringLiteral("card"));
    auto *what = new QFormLayout;
    m_errors->addRow(what, tr("&Kind:"), m_kind, QStringLiteral("kind"));
    auto *amount = new QHBoxLayout;
    amount->addWidget(m_unit);
    amount->addWidget(m_min);
    amount->addWidget(m_max);
    auto *amountBox = new QWidget(this);
    amountBox->setLayout(amount);
    amount->setContentsMargins(0, 0, 0, 0);
    m_errors->addRow(what, tr("A&mount:"), amountBox, QStringLiteral("minAmount"));
    m_errors->alias(QStringLiteral("maxAmount"), QStringLiteral("minAmount"));
    auto *filters = new QHBoxLayout;
    filters->addLayout(dates);
    filters->addLayout(where);
    filters->addLayout(who);
    filters->addLayout(what);
    filters->addStretch();

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_search);
    actions->addWidget(m_void);
    actions->addWidget(m_csv);
    actions->addWidget(m_status, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_table);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(split, 1);

    connect(m_search, &QPushButton::clicked, this, &TransactionsPage::search);
    connect(m_member, &QPushButton::clicked, this, &TransactionsPage::chooseMember);
    connect(m_void, &QPushButton::clicked, this, &TransactionsPage::voidSelected);
    connect(m_csv, &QPushButton::clicked, this, &TransactionsPage::chooseCsvFile);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TransactionsPage::showSelected);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TransactionsPage::showSelected);
    connect(m_model, &TransactionListModel::loadFailed, this,
            [this](const Error &error) { showError(this, error); });
    connect(&context, &UiContext::actorChanged, this, &TransactionsPage::updateButtons);
    setMember(0);
}

QString TransactionsPage::title() const
{
    //: The side bar page listing every journal transaction
    return tr("Transactions");
}

QIcon TransactionsPage::icon() const
{
    return QIcon(QStringLiteral(":/icons/transactions.svg"));
}

void TransactionsPage::activate()
{
    fillLists();
    if (!m_searched)
        search();
}

void TransactionsPage::fillLists()
{
    const Actor &actor = context().actor();
    auto refill = [](QComboBox *combo, const QList<std::pair<QString, QVariant>> &items) {
        const QVariant keep = combo->currentData();
        while (combo->count() > 1)
            combo->removeItem(1);
        for (const auto &item : items)
            combo->addItem(item.first, item.second);
        combo->setCurrentIndex(qMax(0, combo->findData(keep)));
    };
    QList<std::pair<QString, QVariant>> items;
    if (Result<QList<Branch>> b = context().auth().branches(actor)) {
        for (const Branch &x : *b)
            items.append({x.name, x.id});
    }
    refill(m_branch, items);
    items.clear();
    if (Result<QList<std::pair<Id, QString>>> o = context().transactions().operatorNames(actor)) {
        for (const auto &[id, name] : *o)
            items.append({name, id});
    }
    refill(m_operator, items);
}

Result<TransactionFilter> TransactionsPage::filter() const
{
    const QTimeZone zone = context().sales().settings().zone;
    TransactionFilter f;
    if (m_from->date().isValid())
        f.from = QDateTime(m_from->date(), QTime(0, 0), zone).toUTC();
    if (m_to->date().isValid())
        f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), zone).toUTC(); // the last day included
    f.branchId = idIn(m_branch);
    f.operatorId = idIn(m_operator);
    f.memberId = m_memberId;
    if (!m_card->latinText().isEmpty()) {
        Result<Card> card = context().cards().findByNumber(context().actor(), m_card->latinText());
        if (!card)
            return Error::make(card.error().code, tr("No card has this number."), card.error().detail,
                               QStringLiteral("card"));
        f.cardId = card->id;
    }
    if (m_kind->currentData().isValid())
        f.kinds = {m_kind->currentData().toString()};
    f.amountUnit = Unit(m_unit->currentData().toInt());
    if (!m_min->latinText().isEmpty())
        f.minAmount = m_min->latinText().toLongLong();
    if (!m_max->latinText().isEmpty())
        f.maxAmount = m_max->latinText().toLongLong();
    return f;
}

bool TransactionsPage::search()
{
    m_errors->clear();
    m_searched = true;
    Result<TransactionFilter> f = filter();
    if (!f) {
        m_errors->report(f.error());
        return false;
    }
    if (Status s = m_model->load(context().actor(), *f); !s) {
        m_errors->report(s.error());
        return false;
    }
    m_status->setText(m_model->canFetchMore({}) ? tr("The newest transactions; scroll for more.")
                      : m_model->rowCount() == 0 ? tr("No transaction matches.")
                                                 : QString());
    if (m_model->rowCount() > 0)
        TableViews::selectRow(m_table, 0);
    updateButtons();
    return true;
}

void TransactionsPage::setMember(qint64 memberId)
{
    m_memberId = memberId;
    const Result<Member> member =
        memberId != 0 ? context().members().member(context().actor(), memberId) : Result<Member>(Member{});
    if (memberId != 0 && member)
        m_member->setText(member->fullName());
    else
        //: The member filter when no member is chosen
        m_member->setText(tr("Any member…"));
}

void TransactionsPage::chooseMember()
{
    const std::optional<MemberSummary> chosen = MemberPickerDialog::pick(context(), tr("Choose Member"), this);
    // Cancelling the picker clears the filter: the way back to every member.
    setMember(chosen ? chosen->id : 0);
}

void TransactionsPage::showSelected()
{
    const int row = TableViews::selectedRow(m_table);
    if (row < 0 || row >= m_model->rowCount()) {
        m_detail->clear();
        updateButtons();
        return;
    }
    Result<TransactionDetail> d = context().transactions().detail(context().actor(), m_model->row(row).id);
    if (!d) {
        m_detail->clear();
        showError(this, d.error());
    } else {
        m_detail->showDetail(*d);
    }
    updateButtons();
}

void TransactionsPage::updateButtons()
{
    const bool mayVoid = context().can(Permission::TransactionsVoid);
    m_void->setVisible(mayVoid);
    const int row = TableViews::selectedRow(m_table);
    bool voidable = false;
    QString why;
    if (mayVoid && row >= 0 && row < m_model->rowCount()) {
        Result<TransactionDetail> d = context().transactions().detail(context().actor(), m_model->row(row).id);
        voidable = d && d->voidable;
        why = d ? d->notVoidable : QString();
    }
    m_void->setEnabled(voidable);
    m_void->setToolTip(why);
    m_csv->setEnabled(m_model->rowCount() > 0);
}

bool TransactionsPage::voidSelected()
{
    const int row = TableViews::selectedRow(m_table);
    if (row < 0 || row >= m_model->rowCount())
        return false;
    const TransactionRow chosen = m_model->row(row);
    VoidDialog dialog(chosen, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    //: %1 the kind (Sale...), %2 the transaction's number
    if (MessageBox::question(this, tr("Void Transaction"),
                             tr("Post the void of %1 no. %2 now? It cannot be undone.")
                                 .arg(TransactionWords::kind(chosen.kind), Format::number(chosen.id))) !=
        QMessageBox::Yes)
        return false;
    Result<Id> voided = context().transactions().voidTransaction(context().actor(), chosen.id, dialog.reason());
    if (!voided) {
        showError(this, voided.error());
        return false;
    }
    search();
    const int again = m_model->rowOf(chosen.id);
    if (again >= 0)
        TableViews::selectRow(m_table, again);
    //: %1 the voided transaction's number, %2 the void's number
    m_status->setText(tr("Transaction no. %1 was voided by transaction no. %2.")
                          .arg(Format::number(chosen.id), Format::number(*voided)));
    return true;
}

bool TransactionsPage::exportCsv(const QString &path)
{
    Result<TransactionFilter> f = filter();
    if (!f) {
        m_errors->report(f.error());
        return false;
    }
    Result<QByteArray> csv = context().transactions().exportCsv(context().actor(), *f, Format::calendar());
    if (!csv) {
        showError(this, csv.error());
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(*csv) != csv->size()) {
        showError(this, Error::make(Error::Code::Storage,
                                    tr("The file %1 could not be written. Choose another folder.")
                                        .arg(QDir::toNativeSeparators(path)),
                                    file.errorString()));
        return false;
    }
    m_status->setText(tr("Saved to %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void TransactionsPage::chooseCsvFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"),
                                                      QDir(dir).filePath(QStringLiteral("transactions.csv")),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportCsv(path);
}

} // namespace Club::Ui
