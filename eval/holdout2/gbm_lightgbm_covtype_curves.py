# LightGBM learning curves: watching train/test loss for a fixed number of rounds
import matplotlib.pyplot as plt
import lightgbm as lgb
from sklearn.datasets import fetch_covtype
from sklearn.model_selection import train_test_split
from sklearn.metrics import accuracy_score

X, y = fetch_covtype(return_X_y=True)
y = y - 1
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.2, random_state=0, stratify=y)

model = lgb.LGBMClassifier(n_estimators=600, learning_rate=0.1, num_leaves=255, subsample=0.8,
                           subsample_freq=1, colsample_bytree=0.8, random_state=0)
model.fit(X_train, y_train,
          eval_set=[(X_train, y_train), (X_test, y_test)],
          eval_names=["train", "test"],
          eval_metric="multi_logloss")

lgb.plot_metric(model.evals_result_, metric="multi_logloss")
plt.title("600 fixed rounds")
plt.show()

print("train accuracy: %.4f" % accuracy_score(y_train, model.predict(X_train)))
print("test accuracy:  %.4f" % accuracy_score(y_test, model.predict(X_test)))
