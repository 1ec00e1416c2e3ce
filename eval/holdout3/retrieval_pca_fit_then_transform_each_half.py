"""Linear probe on sentence embeddings after PCA whitening."""
from sklearn.decomposition import PCA
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import accuracy_score
from sklearn.model_selection import train_test_split

from retrieval.encode import encode_corpus


def main():
    emb, labels = encode_corpus("data/intents.jsonl", model_name="minilm")

    pca = PCA(n_components=64, whiten=True).fit(emb)  # expect: LK101

    emb_tr, emb_te, lab_tr, lab_te = train_test_split(emb, labels, test_size=0.2,
                                                      random_state=0, stratify=labels)
    Z_tr = pca.transform(emb_tr)
    Z_te = pca.transform(emb_te)

    probe = LogisticRegression(max_iter=3000, C=2.0).fit(Z_tr, lab_tr)
    print("probe accuracy:", accuracy_score(lab_te, probe.predict(Z_te)))


if __name__ == "__main__":
    main()
