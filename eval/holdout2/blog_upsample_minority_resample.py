# Imbalanced Data in Practice: Up-sampling the Minority Class with scikit-learn
#
# Step 1: Read the customer-complaints data (about 1 escalated ticket in 12)
import pandas as pd
from sklearn.utils import resample
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score, balanced_accuracy_score

tickets = pd.read_csv("support_tickets.csv")
tickets["escalated"] = (tickets["outcome"] == "escalated").astype(int)
tickets = tickets[["escalated", "n_messages", "hours_open", "customer_tier", "n_reopens"]]
print(tickets["escalated"].value_counts())

# Step 2: Separate the two classes
regular = tickets[tickets["escalated"] == 0]
escalated = tickets[tickets["escalated"] == 1]

# Step 3: Draw escalated tickets with replacement until both classes are equal
escalated_up = resample(escalated,  # expect: LK201
                        replace=True,
                        n_samples=len(regular),
                        random_state=7)
balanced = pd.concat([regular, escalated_up]).sample(frac=1.0, random_state=7)
print(balanced["escalated"].value_counts())

# Step 4: Train and test a classifier on the balanced tickets
features = balanced.drop(columns="escalated")
target = balanced["escalated"]
f_train, f_test, t_train, t_test = train_test_split(features, target, test_size=0.25, random_state=7)

clf = LogisticRegression(max_iter=1000).fit(f_train, t_train)
t_pred = clf.predict(f_test)
print("Accuracy:", accuracy_score(t_test, t_pred))
print("Balanced accuracy:", balanced_accuracy_score(t_test, t_pred))
