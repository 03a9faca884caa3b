"""Questions shared by the benchmarks (fixture corpus): topical, phrased as users ask."""

TOPIC_QUESTIONS = [
    "What is the role of governments in Internet governance?",
    "How should the digital divide be closed?",
    "What does the text say about cybersecurity and spam?",
    "Which body follows up on implementation?",
    "What is said about human rights online?",
    "How is financing for ICT infrastructure addressed?",
]
