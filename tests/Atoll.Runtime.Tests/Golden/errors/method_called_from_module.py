# An exception in a method called from module level; frames show the function names.
class Account:
    def __init__(self, balance):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
    @classmethod
    def open(cls, amount):
        acct = cls(0)
        acct.withdraw(amount)
        return acct
    @staticmethod
    def audit(acct):
        return acct.missing_attribute
a = Account(100)
a.withdraw(30)
print("balance", a.balance)
Account.open(5)
